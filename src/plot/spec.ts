import type { TopLevelSpec } from "vega-lite";
import { ArgumentError, UnknownNameError } from "../core/index.js";
import type { Expression } from "../forge/index.js";
import { axisExtent, sampleCurve } from "./sampling.js";

export interface PlotOptions {
  /** The x interval: a < b, with a finite width b - a; default [-5, 5]. */
  readonly range?: readonly [number, number];
  /** Adds a second panel with the first derivatives. */
  readonly gradient?: boolean;
  /** Parameter values, applied to every expression that has the parameter (e.g. `{ alpha: 0.2 }`). */
  readonly params?: Readonly<Record<string, number>>;
  readonly title?: string;
  /** Samples per curve, at least 2; default 401. */
  readonly samples?: number;
  /** Clips the y axis to this interval (useful near poles); default: fitted to the data. */
  readonly yRange?: readonly [number, number];
  /** Width and height of one panel in pixels; default 480×320 alone, 360×280 beside a derivative. */
  readonly width?: number;
  readonly height?: number;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
// Named fonts first so resvg (which has no "sans-serif" of its own on many systems) finds a real one.
const FONT = "Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif";

/** The look every chart shares (fonts, grid, white background), also for the CLI's other charts. */
export const CHART_STYLE = { config: { font: FONT, view: { stroke: "#ddd" }, axis: { grid: true, gridColor: "#eee" } }, background: "white" } as const;

/** One sample of the chart's data; `y: null` breaks the line (Vega-Lite's "break-paths" mode for invalid data). */
export interface PlotRow {
  curve: string;
  panel: string;
  x: number;
  y: number | null;
}

function interval(value: readonly [number, number] | undefined, fallback: [number, number], what: string): [number, number] {
  if (value === undefined) return fallback;
  const [a, b] = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) || value.length !== 2 || typeof a !== "number" || typeof b !== "number" || !Number.isFinite(b - a) || a >= b) {
    throw new ArgumentError(`${what} must be [a, b] with finite numbers a < b (and a finite width b - a), got ${JSON.stringify(value)}.`);
  }
  return [a, b];
}

/** The single input of each expression, with the requested parameter values applied. */
function prepare(exprs: Expression | readonly Expression[], params: Readonly<Record<string, number>>): { expression: Expression; variable: string }[] {
  const list = Array.isArray(exprs) ? (exprs as readonly Expression[]) : [exprs as Expression];
  if (list.length === 0) throw new ArgumentError("plot needs at least one expression.");
  for (const [p, v] of Object.entries(params)) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentError(`Parameter '${p}' must be a finite number, got ${String(v)}.`);
  }
  const used = new Set<string>();
  const prepared = list.map((e) => {
    if (e === null || typeof e !== "object" || typeof e.gradient !== "function") throw new ArgumentError(`plot takes Expressions (from MathForge.get or new Expression), got ${e === null ? "null" : typeof e}.`);
    if (e.output !== "elementwise") throw new ArgumentError(`plot sweeps one number; ${e.name} works along the last axis of an array: use eval, e.g. neurogebra eval ${e.name} ${e.variables.map((v) => `${v}=[1,2,3]`).join(" ")}.`);
    if (e.variables.length !== 1) throw new ArgumentError(`plot needs a formula of one input; ${e.name} has ${e.variables.length}${e.variables.length ? ` (${e.variables.join(", ")})` : ""}.`);
    const own = Object.entries(params).filter(([p]) => Object.hasOwn(e.params, p));
    own.forEach(([p]) => used.add(p));
    return { expression: own.length > 0 ? e.withParams({ ...e.params, ...Object.fromEntries(own) }) : e, variable: e.variables[0]! };
  });
  const unused = Object.keys(params).find((p) => !used.has(p));
  if (unused !== undefined) {
    const known = [...new Set(prepared.flatMap((c) => Object.keys(c.expression.params)))];
    throw new UnknownNameError("parameter", unused, known, ` The plotted expressions have parameters: ${known.join(", ") || "none"}.`);
  }
  return prepared;
}

interface Curve {
  readonly label: string;
  readonly expression: Expression;
  readonly variable: string;
}

/**
 * Samples each curve through its compiled kernel. A non-finite value becomes a null row, and a pole between
 * two samples gets a null row between them, so the line breaks there. Each panel's values must fit an axis.
 */
function panelRows(panel: string, curves: readonly Curve[], range: readonly [number, number], n: number, what: (label: string) => string): PlotRow[] {
  const rows: PlotRow[] = [];
  for (const c of curves) {
    const { xs, ys, breaks } = sampleCurve(c.expression, c.variable, range, n);
    axisExtent(ys, `${what(c.label)} on [${range.join(", ")}]`);
    xs.forEach((x, i) => {
      const y = ys[i]!;
      rows.push({ curve: c.label, panel, x, y: Number.isNaN(y) ? null : y });
      if (breaks[i] && !Number.isNaN(y) && !Number.isNaN(ys[i + 1]!)) rows.push({ curve: c.label, panel, x: (x + xs[i + 1]!) / 2, y: null });
    });
  }
  axisExtent(rows.map((r) => r.y ?? NaN), `the curves of ${panel}`);
  return rows;
}

/**
 * A Vega-Lite spec of one or several expressions of one input on a range: f alone, or f and f' side by side
 * with `gradient: true`. Lines break where a value is not finite and at poles. Render it with vega-embed in a
 * page, or to SVG with `plotSvg`.
 */
export function plot(exprs: Expression | readonly Expression[], options: PlotOptions = {}): TopLevelSpec {
  if (options === null || typeof options !== "object") throw new ArgumentError(`plot's options must be an object such as { range: [-5, 5], gradient: true }, got ${options === null ? "null" : typeof options}.`);
  const range = interval(options.range, [-5, 5], "range");
  const yRange = options.yRange === undefined ? undefined : interval(options.yRange, [0, 1], "yRange");
  const samples = options.samples ?? 401;
  if (!Number.isInteger(samples) || samples < 2) throw new ArgumentError(`samples must be an integer of at least 2, got ${String(samples)}.`);
  const prepared = prepare(exprs, options.params ?? {});
  const labels = prepared.map((c) => c.expression.name);
  const duplicate = labels.find((l, i) => labels.indexOf(l) !== i);
  if (duplicate !== undefined) throw new ArgumentError(`Two plotted expressions are named '${duplicate}': rename one (expression.rename(name)) so the legend can tell them apart.`);
  const variable = prepared.every((c) => c.variable === prepared[0]!.variable) ? prepared[0]!.variable : "x";
  // The panels' titles: f(x) and f'(x), named after the swept input.
  const [functionPanel, derivativePanel] = [`f(${variable})`, `f'(${variable})`];
  const curves = prepared.map((c) => ({ label: c.expression.name, ...c }));
  const rows = panelRows(functionPanel, curves, range, samples, (label) => label);
  if (options.gradient) {
    const derivatives = curves.map((c) => ({ ...c, expression: c.expression.gradient(c.variable) }));
    rows.push(...panelRows(derivativePanel, derivatives, range, samples, (label) => `the derivative of ${label}`));
  }

  const layer = {
    mark: { type: "line" as const, strokeWidth: 2, clip: true, invalid: "break-paths-filter-domains" as const },
    encoding: {
      x: { field: "x", type: "quantitative" as const, title: variable, scale: { domain: range, nice: false } },
      y: { field: "y", type: "quantitative" as const, title: null, ...(yRange ? { scale: { domain: yRange } } : {}) },
      color: { field: "curve", type: "nominal" as const, title: null, sort: labels, scale: { domain: labels } },
    },
  };
  const common = {
    $schema: SCHEMA,
    data: { values: rows },
    ...CHART_STYLE,
    ...(options.title ? { title: options.title } : {}),
  };
  if (!options.gradient) {
    return { ...common, width: options.width ?? 480, height: options.height ?? 320, ...layer, encoding: { ...layer.encoding, y: { ...layer.encoding.y, title: functionPanel } } };
  }
  return {
    ...common,
    facet: { column: { field: "panel", type: "nominal", title: null, sort: [functionPanel, derivativePanel], header: { labelFontSize: 13 } } },
    spec: { width: options.width ?? 360, height: options.height ?? 280, ...layer },
    resolve: { scale: { y: "independent" } },
  };
}
