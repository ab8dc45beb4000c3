// Where chart lines break: at non-finite values and at poles between samples, never on steep continuous
// stretches or finite jumps; and the terminal chart draws those breaks without a vertical line.
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression } from "../../src/index.js";
import { axisExtent, sampleCurve } from "../../src/plot/sampling.js";
import { terminalPlot } from "../../src/cli/terminal-plot.js";

const breaksOf = (formula: string, range: [number, number], n: number) => {
  const { xs, breaks } = sampleCurve(new Expression("f", formula), "x", range, n);
  return breaks.flatMap((b, i): [number, number][] => (b ? [[xs[i]!, xs[i + 1]!]] : []));
};

describe("sampleCurve", () => {
  it("breaks at a pole between two samples, and only there", () => {
    const poles = breaksOf("1/x", [-1, 1.1], 61);
    expect(poles).toHaveLength(1);
    expect(poles[0]![0]).toBeLessThan(0);
    expect(poles[0]![1]).toBeGreaterThan(0);
    expect(breaksOf("1/x**2", [-1, 1.1], 61)).toHaveLength(1);
    // A zoom point lands 5.5e-17 from the pole: |f| is already huge there, and must still be seen to grow.
    expect(breaksOf("1/x", [-1, 1], 100)).toHaveLength(1);
    expect(breaksOf("tan(x)", [-5, 5], 400).map(([a, b]) => Math.round((a + b) / Math.PI))).toEqual([-3, -1, 1, 3]);
  });

  it("breaks around a pole that falls on a sample (its value is not finite)", () => {
    const { ys, breaks } = sampleCurve(new Expression("f", "1/x"), "x", [-1, 1], 61);
    expect(ys[30]).toBeNaN();
    expect(breaks.flatMap((b, i) => (b ? [i] : []))).toEqual([29, 30]);
  });

  it("keeps steep continuous stretches and finite jumps joined", () => {
    expect(breaksOf("tanh(100*x)", [-1, 1.1], 61)).toEqual([]);
    expect(breaksOf("floor(x)", [-5, 5], 401)).toEqual([]);
    expect(breaksOf("exp(x)", [-700, 709], 401)).toEqual([]);
    // A narrow but finite peak between two samples is not a pole.
    expect(breaksOf("1/(1e-6 + x**2)", [-1, 1.1], 61)).toEqual([]);
    expect(breaksOf("sqrt(Abs(x))", [-1, 1.1], 61)).toEqual([]);
    // Samples a few doubles apart: the zoom runs out of doubles before it can tell, and draws the line.
    expect(breaksOf("x", [1e15, 1e15 + 1], 401)).toEqual([]);
  });

  it("spaces samples without overflow near the largest doubles", () => {
    const { xs } = sampleCurve(new Expression("f", "x"), "x", [-8e307, 8e307], 401);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect([xs[0], xs[200], xs[400]]).toEqual([-8e307, 0, 8e307]);
  });
});

describe("axisExtent", () => {
  it("accepts what an axis can show and names what it cannot", () => {
    expect(axisExtent([3, NaN, -1, 2], "f")).toEqual([-1, 3]);
    expect(axisExtent([2, 2], "f")).toEqual([2, 2]);
    expect(() => axisExtent([NaN, NaN], "f")).toThrow(new ArgumentError("Nothing to draw: f has no finite value."));
    expect(() => axisExtent([-1.7e308, 1.7e308], "f")).toThrow(/span wider than the largest double/);
    expect(() => axisExtent([0, 5e-324], "f")).toThrow(/span only 5e-324, too narrow for an axis/);
  });
});

describe("terminalPlot", () => {
  const functionChart = (formula: string, range: [number, number]) => terminalPlot(new Expression("f", formula), "x", range).split("\n\n")[0]!;

  it("leaves a pole undrawn: the branches end (╴) and start (╶) in one column, with no line between", () => {
    const chart = functionChart("1/x", [-1, 1.1]);
    expect(chart).toContain("╴");
    expect(chart).toContain("╶");
    const lines = chart.split("\n").slice(1, -1);
    const column = (c: number) => lines.map((l) => l[c] ?? " ").join("");
    const breakColumn = [...lines[0]!].findIndex((_, c) => /╴|╶/.test(column(c)));
    expect(column(breakColumn).replace(/ /g, "")).toMatch(/^[╴╶]+$/);
  });

  it("draws continuous curves as one line", () => {
    for (const formula of ["tanh(100*x)", "x**2", "sin(3*x)"]) expect(functionChart(formula, [-5, 5])).not.toMatch(/╴|╶/);
  });

  it("says so when nothing is finite", () => {
    expect(functionChart("log(x)", [-5, -1])).toContain("(no finite value)");
  });
});
