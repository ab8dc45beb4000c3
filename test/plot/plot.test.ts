// neurogebra/plot: the Vega-Lite spec's data against the expressions' own values, where lines break, the
// arguments it refuses, and the SVG vega renders from it.
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, UnknownNameError } from "../../src/index.js";
import { type PlotRow, plot, plotSvg } from "../../src/plot/index.js";
import { balancedTags, countCurves, legendLabels } from "../cli/svg.js";

const forge = new MathForge();
const rows = (spec: ReturnType<typeof plot>) => (spec as { data: { values: PlotRow[] } }).data.values;
/** The unbroken pieces of a curve's line: runs of rows between null values. */
const pieces = (spec: ReturnType<typeof plot>, curve?: string, panel = "f(x)") => {
  const ys = rows(spec).filter((r) => (curve === undefined || r.curve === curve) && r.panel === panel).map((r) => r.y);
  return ys.filter((y, i) => y !== null && (i === 0 || ys[i - 1] === null)).length;
};

describe("plot", () => {
  it("samples one expression on the range, ends included", () => {
    const spec = plot(forge.get("tanh"), { range: [-3, 3], samples: 7, title: "tanh" });
    expect(rows(spec).map((r) => r.x)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    for (const r of rows(spec)) expect(r.y).toBe(Math.tanh(r.x));
    expect(spec).toMatchObject({ $schema: expect.stringContaining("vega-lite/v6"), title: "tanh", mark: { type: "line" }, encoding: { x: { scale: { domain: [-3, 3] } } } });
    expect(plot(forge.get("relu"))).toMatchObject({ encoding: { x: { scale: { domain: [-5, 5] } } } });
  });

  it("puts derivatives in a second panel with gradient: true", () => {
    const spec = plot([forge.get("relu"), forge.get("sigmoid")], { gradient: true, samples: 5, range: [-2, 2] });
    expect(spec).toMatchObject({ facet: { column: { field: "panel", sort: ["f(x)", "f'(x)"] } } });
    const d = rows(spec).filter((r) => r.panel === "f'(x)" && r.curve === "sigmoid");
    expect(d.map((r) => r.y)).toEqual(d.map((r) => forge.get("sigmoid").gradient("x").eval(r.x)));
    expect(rows(spec).filter((r) => r.panel === "f'(x)" && r.curve === "relu").map((r) => r.y)).toEqual([0, 0, 0, 1, 1]);
  });

  it("applies parameter values to the expressions that have them", () => {
    const spec = plot([forge.get("leaky_relu"), forge.get("elu"), forge.get("relu")], { params: { alpha: 0.5 }, range: [-2, 2], samples: 2 });
    const at = (curve: string) => rows(spec).find((r) => r.curve === curve && r.x === -2)!.y;
    expect(at("leaky_relu")).toBe(-1);
    expect(at("elu")).toBe(0.5 * Math.expm1(-2));
    expect(at("relu")).toBe(0);
  });

  it("breaks lines at non-finite values and at poles, not at roots or jumps", () => {
    expect(pieces(plot(new Expression("tan", "tan(x)"), { range: [-2, 2] }))).toBe(3);
    expect(pieces(plot(new Expression("inverse", "1/x"), { range: [-1, 1], samples: 100 }))).toBe(2);
    const sampledPole = plot(new Expression("inverse", "1/x"), { range: [-1, 1], samples: 101 });
    expect(pieces(sampledPole)).toBe(2);
    expect(rows(sampledPole)[50]).toEqual({ curve: "inverse", panel: "f(x)", x: 0, y: null });
    const log = plot(new Expression("log", "log(x)"), { range: [-1, 1], samples: 101 });
    expect(rows(log).every((r) => (r.x > 0) === (r.y !== null))).toBe(true);
    expect(pieces(plot(new Expression("step", "Heaviside(x) - 1/2"), { range: [-1, 1], samples: 100 }))).toBe(1);
    expect(pieces(plot(new Expression("inverse", "1/x"), { gradient: true, samples: 100 }), "inverse", "f'(x)")).toBe(2);
  });

  it("refuses what no axis can show", () => {
    expect(() => plot(new Expression("big", "1.7e308*tanh(x)"))).toThrow(/Cannot draw big on \[-5, 5\]: its values go from/);
    expect(() => plot(new Expression("nan", "log(-1 - x**2)"))).toThrow(/Nothing to draw: nan on \[-5, 5\] has no finite value/);
  });

  it("names the panels and the axis after the swept input", () => {
    const spec = plot(new Expression("z_squared", "z**2"), { gradient: true, samples: 2 });
    expect(spec).toMatchObject({ facet: { column: { sort: ["f(z)", "f'(z)"] } }, spec: { encoding: { x: { title: "z" } } } });
  });

  it("clips the y axis to yRange", () => {
    expect(plot(forge.get("exponential"), { yRange: [0, 10] })).toMatchObject({ encoding: { y: { scale: { domain: [0, 10] } } } });
  });

  it.for([
    [{ range: [1, 1] }, ArgumentError, /range must be \[a, b\] with finite numbers a < b \(and a finite width b - a\), got \[1,1\]/],
    [{ range: [0, Infinity] }, ArgumentError, /range must be/],
    [{ range: [-1.7e308, 1.7e308] }, ArgumentError, /and a finite width b - a/],
    [{ range: null }, ArgumentError, /range must be \[a, b\] with finite numbers a < b \(and a finite width b - a\), got null/],
    [{ range: "-1,1" }, ArgumentError, /range must be/],
    [{ yRange: [2, 1] }, ArgumentError, /yRange must be/],
    [{ samples: 1 }, ArgumentError, /samples must be an integer of at least 2, got 1/],
    [{ params: { alpah: 1 } }, UnknownNameError, /Did you mean: alpha\?/],
    [{ params: { alpha: NaN } }, ArgumentError, /Parameter 'alpha' must be a finite number/],
  ] as const)("refuses %o", ([options, type, message]) => {
    expect(() => plot(forge.get("leaky_relu"), options as never)).toThrow(type);
    expect(() => plot(forge.get("leaky_relu"), options as never)).toThrow(message);
  });

  it("refuses formulas of several inputs, duplicate names and non-expressions", () => {
    expect(() => plot(forge.get("mse"))).toThrow(/plot needs a formula of one input; mse has 2 \(y_pred, y_true\)/);
    expect(() => plot([forge.get("relu"), forge.get("relu")])).toThrow(/Two plotted expressions are named 'relu'/);
    expect(() => plot([])).toThrow(ArgumentError);
    expect(() => plot("relu" as never)).toThrow(/plot takes Expressions/);
    expect(() => plot(forge.get("relu"), null as never)).toThrow(/plot's options must be an object/);
  });
});

describe("plotSvg", () => {
  it("renders one path per curve, with the legend", async () => {
    const svg = await plotSvg([forge.get("relu"), new Expression("x*sigmoid(2*x)", "x*sigmoid(2*x)")], { gradient: true, title: "Two" });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(balancedTags(svg)).toBe(true);
    expect(countCurves(svg)).toBe(4);
    expect(legendLabels(svg)).toEqual(["relu", "x*sigmoid(2*x)"]);
    expect(svg).toContain(">Two</text>");
    const tan = await plotSvg(new Expression("tan", "tan(x)"), { range: [-2, 2], yRange: [-10, 10] });
    expect(countCurves(tan)).toBe(1);
    // One path, broken into three pieces at ±π/2.
    expect(/<g class="mark-line role-mark[^"]*"[^>]*><path [^>]*d="(M[^"]+)"/.exec(tan)![1]!.split("M")).toHaveLength(4);
  });
});
