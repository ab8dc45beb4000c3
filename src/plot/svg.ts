import type { TopLevelSpec } from "vega-lite";
import type { Expression } from "../forge/index.js";
import { loadOptional } from "./optional.js";
import { type PlotOptions, plot } from "./spec.js";

/**
 * Renders a Vega-Lite spec to an SVG document, headless (in Node and in browsers). vega and vega-lite load on
 * the first call, so importing this module costs nothing until then; they are optional peer dependencies, and
 * a MissingPackageError says to install them when they are not there.
 */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await loadOptional("Drawing a chart (plotSvg; neurogebra plot, tour and fit --plot)", ["vega@^6.4.0", "vega-lite@^6.4.3"], () => Promise.all([import("vega"), import("vega-lite")]));
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart of `plot(exprs, options)` as an SVG document. */
export function plotSvg(exprs: Expression | readonly Expression[], options: PlotOptions = {}): Promise<string> {
  return toSvg(plot(exprs, options));
}
