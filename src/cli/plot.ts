/**
 * Charts: a vega-lite spec compiled to vega and rendered headless to SVG; PNG is that SVG rasterised by
 * resvg. Loaded only by the commands that draw, since vega is the heaviest dependency.
 */
import { writeFile } from "node:fs/promises";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Expression } from "../forge/index.js";
import { chartFormat } from "./args.js";
import { axisExtent, sampleCurve } from "./sampling.js";

export interface Curve {
  /** The legend entry. */
  readonly label: string;
  readonly expression: Expression;
  /** The input swept along the x axis. */
  readonly variable: string;
}

export interface ChartOptions {
  readonly range: readonly [number, number];
  /** Adds a second panel with the first derivatives. */
  readonly grad?: boolean;
  readonly title?: string;
  /** Samples per curve. */
  readonly samples?: number;
}

export const FUNCTION_PANEL = "f(x)";
export const DERIVATIVE_PANEL = "f'(x)";

// Named fonts first so resvg (which has no "sans-serif" of its own on many systems) finds a real one.
const FONT = "Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif";

interface Row {
  curve: string;
  panel: string;
  x: number;
  /** null breaks the line (vega-lite's "break-paths" invalid-data mode). */
  y: number | null;
}

/**
 * Samples through the compiled kernel (one typed-array call per curve). A non-finite value becomes a null
 * row, and a pole between two samples gets a null row between them, so the line breaks there. Each panel's
 * values must fit an axis.
 */
function sample(curves: readonly Curve[], options: ChartOptions): Row[] {
  const n = options.samples ?? 401;
  const rows: Row[] = [];
  const panel = (name: string, curve: (c: Curve) => Expression) => {
    const start = rows.length;
    for (const c of curves) {
      const { xs, ys, breaks } = sampleCurve(curve(c), c.variable, options.range, n);
      axisExtent(ys, `${name === FUNCTION_PANEL ? c.label : `the derivative of ${c.label}`} on [${options.range.join(", ")}]`);
      xs.forEach((x, i) => {
        const y = ys[i]!;
        rows.push({ curve: c.label, panel: name, x, y: Number.isNaN(y) ? null : y });
        if (breaks[i] && !Number.isNaN(y) && !Number.isNaN(ys[i + 1]!)) rows.push({ curve: c.label, panel: name, x: (x + xs[i + 1]!) / 2, y: null });
      });
    }
    axisExtent(rows.slice(start).map((r) => r.y ?? NaN), `the curves of ${name}`);
  };
  panel(FUNCTION_PANEL, (c) => c.expression);
  if (options.grad) panel(DERIVATIVE_PANEL, (c) => c.expression.gradient(c.variable));
  return rows;
}

function spec(curves: readonly Curve[], options: ChartOptions): TopLevelSpec {
  const labels = curves.map((c) => c.label);
  const layer = {
    mark: { type: "line" as const, strokeWidth: 2, clip: true, invalid: "break-paths-filter-domains" as const },
    encoding: {
      x: { field: "x", type: "quantitative" as const, title: "x", scale: { domain: [...options.range], nice: false } },
      y: { field: "y", type: "quantitative" as const, title: null },
      color: { field: "curve", type: "nominal" as const, title: null, sort: labels, scale: { domain: labels } },
    },
  };
  const common = {
    data: { values: sample(curves, options) },
    config: { font: FONT, view: { stroke: "#ddd" }, axis: { grid: true, gridColor: "#eee" } },
    background: "white",
    ...(options.title ? { title: options.title } : {}),
  };
  if (!options.grad) return { ...common, width: 480, height: 320, ...layer, encoding: { ...layer.encoding, y: { ...layer.encoding.y, title: "f(x)" } } };
  return {
    ...common,
    facet: { column: { field: "panel", type: "nominal", title: null, sort: [FUNCTION_PANEL, DERIVATIVE_PANEL], header: { labelFontSize: 13 } } },
    spec: { width: 360, height: 280, ...layer },
    resolve: { scale: { y: "independent" } },
  };
}

export async function renderSvg(curves: readonly Curve[], options: ChartOptions): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec(curves, options)).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });
  return resvg.render().asPng();
}

/** Renders and writes the chart; the format follows the file's extension. Returns the bytes written. */
export async function writeChart(file: string, curves: readonly Curve[], options: ChartOptions): Promise<number> {
  const format = chartFormat(file);
  const svg = await renderSvg(curves, options);
  const data = format === "svg" ? Buffer.from(svg, "utf8") : svgToPng(svg);
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
  const format = chartFormat(file);
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
    background: "white",
    config: { font: FONT, view: { stroke: "#ddd" }, axis: { grid: true, gridColor: "#eee" } },
    ...(chart.title ? { title: chart.title } : {}),
    layer: [
      { data: { values: line }, mark: { type: "line", strokeWidth: 2 }, encoding },
      { data: { values: points }, mark: { type: "point", filled: true, size: 30, opacity: 1 }, encoding },
    ],
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const data = format === "svg" ? Buffer.from(svg, "utf8") : svgToPng(svg);
  await writeFile(file, data);
  return data.length;
}
