import type { TopLevelSpec } from "vega-lite";
import { ArgumentError, UnknownNameError } from "../core/index.js";
import type { Expression } from "../forge/index.js";

export interface PlotOptions {
  /** The x interval, finite with a < b; default [-5, 5]. */
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

/** One sample of the chart's data: `segment` numbers the unbroken pieces of a curve. */
export interface PlotRow {
  curve: string;
  panel: string;
  segment: number;
  x: number;
  y: number;
}

function interval(value: readonly [number, number] | undefined, fallback: [number, number], what: string): [number, number] {
  if (value === undefined) return fallback;
  const [a, b] = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) || value.length !== 2 || typeof a !== "number" || typeof b !== "number" || !Number.isFinite(a) || !Number.isFinite(b) || a >= b) {
    throw new ArgumentError(`${what} must be [a, b] with finite numbers a < b, got ${JSON.stringify(value)}.`);
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

/**
 * Whether f has a pole between samples x0 and x1 where its sign changes: bisecting the sign change, a root
 * makes |f| shrink, a pole makes it grow past both samples. Jumps (Heaviside) keep |f| bounded and stay drawn.
 */
function poleBetween(f: (x: number) => number, x0: number, y0: number, x1: number, y1: number): boolean {
  let [a, fa, b, fb] = [x0, y0, x1, y1];
  for (let i = 0; i < 30; i++) {
    const m = (a + b) / 2;
    const fm = f(m);
    if (!Number.isFinite(fm)) return true;
    if (fm === 0) return false;
    if (Math.sign(fm) === Math.sign(fa)) [a, fa] = [m, fm];
    else [b, fb] = [m, fm];
  }
  return Math.min(Math.abs(fa), Math.abs(fb)) > 1e3 * Math.max(Math.abs(y0), Math.abs(y1));
}

/** Samples each curve through its compiled kernel; non-finite values and poles end a segment. */
function sampleRows(curves: readonly { label: string; panel: string; expression: Expression; variable: string }[], [a, b]: [number, number], n: number): PlotRow[] {
  const xs = Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? b : a + ((b - a) * i) / (n - 1)));
  const rows: PlotRow[] = [];
  let segment = 0;
  for (const { label, panel, expression, variable } of curves) {
    const ys = expression.eval({ [variable]: xs }) as Float64Array;
    const f = (x: number) => expression.eval({ [variable]: x }) as number;
    segment++;
    let last = -1;
    xs.forEach((x, i) => {
      const y = ys[i]!;
      if (!Number.isFinite(y)) {
        segment++;
        return;
      }
      if (last >= 0 && last === i - 1 && ys[last]! * y < 0 && poleBetween(f, xs[last]!, ys[last]!, x, y)) segment++;
      rows.push({ curve: label, panel, segment, x, y });
      last = i;
    });
  }
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
  const curves = prepared.map((c) => ({ label: c.expression.name, panel: functionPanel, ...c }));
  if (options.gradient) for (const c of prepared) curves.push({ label: c.expression.name, panel: derivativePanel, expression: c.expression.gradient(c.variable), variable: c.variable });

  const layer = {
    mark: { type: "line" as const, strokeWidth: 2, clip: true },
    encoding: {
      x: { field: "x", type: "quantitative" as const, title: variable, scale: { domain: range, nice: false } },
      y: { field: "y", type: "quantitative" as const, title: null, ...(yRange ? { scale: { domain: yRange } } : {}) },
      color: { field: "curve", type: "nominal" as const, title: null, sort: labels, scale: { domain: labels } },
      detail: { field: "segment", type: "nominal" as const },
    },
  };
  const common = {
    $schema: SCHEMA,
    data: { values: sampleRows(curves, range, samples) },
    config: { font: FONT, view: { stroke: "#ddd" }, axis: { grid: true, gridColor: "#eee" } },
    background: "white",
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
