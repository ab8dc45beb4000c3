/**
 * Charts to files: the plot API's SVG (neurogebra/plot), and PNG as that SVG rasterised by resvg. Loaded only
 * by the commands that draw; vega and resvg load on first use (optional peer dependencies).
 */
import { writeFile } from "node:fs/promises";
import type { TopLevelSpec } from "vega-lite";
import type { Expression } from "../forge/index.js";
import { loadOptional, toSvg } from "../plot/index.js";
import { CHART_STYLE } from "../plot/spec.js";
import { chartFormat } from "./args.js";

export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await loadOptional("PNG output", ["@resvg/resvg-js@^2.6.2"], () => import("@resvg/resvg-js"));
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });
  return resvg.render().asPng();
}

/** Renders a chart spec (from `plot`) and writes it; the format follows the file's extension. Returns the bytes written. */
export async function writeChart(file: string, spec: TopLevelSpec): Promise<number> {
  const format = chartFormat(file);
  const svg = await toSvg(spec);
  const data = format === "svg" ? Buffer.from(svg, "utf8") : await svgToPng(svg);
  await writeFile(file, data);
  return data.length;
}

export interface FitChart {
  /** The data: inputs and targets. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The fitted model, drawn over the data's x range. */
  readonly curve: Expression;
  readonly variable: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title?: string;
}

/** The data as points and the fitted curve as a line, for `neurogebra fit --plot`. */
export async function writeFitChart(file: string, chart: FitChart): Promise<number> {
  let [a, b] = [Infinity, -Infinity];
  for (const v of chart.x) [a, b] = [Math.min(a, v), Math.max(b, v)];
  if (a === b) [a, b] = [a - 1, b + 1];
  const n = 401;
  const xs = Float64Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
  const ys = chart.curve.eval({ [chart.variable]: xs }) as Float64Array;
  const points = [...chart.x].map((x, i) => ({ x, y: chart.y[i]!, series: "data" }));
  const line = [...xs].map((x, i) => ({ x, y: ys[i]!, series: "fit" })).filter((r) => Number.isFinite(r.y));
  const encoding = {
    x: { field: "x", type: "quantitative" as const, title: chart.xLabel, scale: { zero: false } },
    y: { field: "y", type: "quantitative" as const, title: chart.yLabel, scale: { zero: false } },
    color: { field: "series", type: "nominal" as const, title: null, scale: { domain: ["data", "fit"] } },
  };
  const spec: TopLevelSpec = {
    width: 480,
    height: 320,
    ...CHART_STYLE,
    ...(chart.title ? { title: chart.title } : {}),
    layer: [
      { data: { values: line }, mark: { type: "line", strokeWidth: 2 }, encoding },
      { data: { values: points }, mark: { type: "point", filled: true, size: 30, opacity: 1 }, encoding },
    ],
  };
  return writeChart(file, spec);
}
