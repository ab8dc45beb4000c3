// Expression.fit: the result's fields, the parameter selection, bounds, the callback and typed errors.
// Accuracy on hard problems is test/fit/nist-strd.test.ts; the optimizers' update rules are test/fit/optimizers.test.ts.
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, FitError, MathForge, UnknownNameError } from "../../src/index.js";

const xs = [0, 1, 2, 3, 4, 5, 6, 7];
const ys = [1.1, 2.9, 5.2, 6.8, 9.1, 11.0, 12.9, 15.2];

describe("Expression.fit with Levenberg–Marquardt", () => {
  it("fits a straight line with the closed-form estimates and standard errors", () => {
    const line = new Expression("line", "a*x + b", { params: { a: 0, b: 0 } });
    const r = line.fit({ x: xs }, ys);
    // Ordinary least squares by hand: slope Sxy/Sxx, standard errors from s² = rss/(n - 2).
    const n = xs.length;
    const mx = xs.reduce((s, v) => s + v, 0) / n;
    const my = ys.reduce((s, v) => s + v, 0) / n;
    const sxx = xs.reduce((s, v) => s + (v - mx) ** 2, 0);
    const sxy = xs.reduce((s, v, i) => s + (v - mx) * (ys[i]! - my), 0);
    const a = sxy / sxx;
    const b = my - a * mx;
    const rss = xs.reduce((s, v, i) => s + (ys[i]! - a * v - b) ** 2, 0);
    const s2 = rss / (n - 2);
    expect(r.params.a).toBeCloseTo(a, 12);
    expect(r.params.b).toBeCloseTo(b, 12);
    expect(r.rss).toBeCloseTo(rss, 12);
    expect(r.standardErrors!.a).toBeCloseTo(Math.sqrt(s2 / sxx), 12);
    expect(r.standardErrors!.b).toBeCloseTo(Math.sqrt(s2 * (1 / n + (mx * mx) / sxx)), 12);
    expect(r.covariance![0]![1]).toBeCloseTo((-mx * s2) / sxx, 12);
    expect(r.covariance![1]![0]).toBe(r.covariance![0]![1]);
    expect(r.fitted).toEqual(["a", "b"]);
    expect(r.converged).toBe(true);
    expect(r.message).toMatch(/relative/);
    expect(r.method).toBe("lm");
    expect(r.history[0]).toBeCloseTo(ys.reduce((s, v) => s + v * v, 0), 9);
    expect(r.history.at(-1)).toBe(r.rss);
    expect(r.iterations).toBe(r.history.length - 1);
    expect(r.expression.params).toEqual(r.params);
    expect(r.expression.eval(2)).toBeCloseTo(2 * a + b, 12);
    // The original is unchanged (Expressions are immutable).
    expect(line.params).toEqual({ a: 0, b: 0 });
  });

  it("takes several inputs by name and a plain array for a single input", () => {
    const plane = new Expression("plane", "a*u + b*v", { params: { a: 1, b: 1 } });
    const u = [1, 2, 3, 4];
    const v = [1, -1, 2, 0];
    const r = plane.fit({ u, v }, u.map((ui, i) => 3 * ui - 2 * v[i]!));
    expect(r.params.a).toBeCloseTo(3, 12);
    expect(r.params.b).toBeCloseTo(-2, 12);
    const line = new Expression("line", "a*x", { params: { a: 1 } });
    expect(line.fit(new Float64Array([1, 2]), [2, 4]).params.a).toBeCloseTo(2, 14);
  });

  it("fits only the listed parameters, or the trainable ones, and keeps the others", () => {
    const line = new Expression("line", "a*x + b", { params: { a: 0, b: 1 } });
    const r = line.fit({ x: xs }, ys, { params: ["a"] });
    expect(r.params.b).toBe(1);
    expect(r.fitted).toEqual(["a"]);
    expect(Object.keys(r.standardErrors!)).toEqual(["a"]);
    const trainable = new Expression("line", "a*x + b", { params: { a: 0, b: 1 }, trainableParams: ["b"] });
    const t = trainable.fit({ x: xs }, ys);
    expect(t.params.a).toBe(0);
    expect(t.fitted).toEqual(["b"]);
  });

  it("keeps parameters inside their bounds", () => {
    const line = new Expression("line", "a*x + b", { params: { a: 0, b: 0 } });
    const r = line.fit({ x: xs }, ys, { bounds: { a: [0, 1.5] } });
    expect(r.params.a).toBe(1.5);
    // With a at its bound, b is the best intercept for that slope.
    const b = ys.reduce((s, y, i) => s + y - 1.5 * xs[i]!, 0) / xs.length;
    expect(r.params.b).toBeCloseTo(b, 10);
  });

  it("calls onIteration and stops when it returns false", () => {
    const model = new Expression("m", "c*(1 - exp(-k*x))", { params: { c: 1, k: 1 } });
    const seen: number[] = [];
    const r = model.fit({ x: xs }, ys, {
      onIteration: (s) => {
        seen.push(s.iteration);
        expect(Object.keys(s.params)).toEqual(["c", "k"]);
        return s.iteration < 2;
      },
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(r.converged).toBe(false);
    expect(r.message).toMatch(/onIteration returned false/);
  });

  it("reports a fit that runs out of evaluations as not converged", () => {
    const model = new Expression("m", "c*(1 - exp(-k*x))", { params: { c: 1, k: 1 } });
    const r = model.fit({ x: xs }, ys, { maxIterations: 3 });
    expect(r.converged).toBe(false);
    expect(r.evaluations).toBe(3);
    expect(r.message).toMatch(/budget/);
  });

  it("gives infinite standard errors for a parameter the data do not determine", () => {
    const model = new Expression("m", "a*x + b*c", { params: { a: 1, b: 1, c: 1 } });
    const r = model.fit({ x: xs }, ys, { params: ["a", "b"] });
    expect(r.standardErrors!.a).toBeLessThan(1);
    const twin = new Expression("twin", "(a + b)*x", { params: { a: 1, b: 1 } });
    const t = twin.fit({ x: xs }, ys);
    expect(t.params.a! + t.params.b!).toBeCloseTo(xs.reduce((s, x, i) => s + x * ys[i]!, 0) / xs.reduce((s, x) => s + x * x, 0), 10);
    expect(t.standardErrors!.b).toBe(Infinity);
  });
});

describe("Expression.fit: typed errors", () => {
  const line = new Expression("line", "a*x + b", { params: { a: 0, b: 0 } });

  it.each([
    ["unequal lengths", () => line.fit({ x: [1, 2, 3] }, [1, 2]), ArgumentError, /equal lengths \(x: 3, target: 2\)/],
    ["NaN in an input", () => line.fit({ x: [1, NaN] }, [1, 2]), ArgumentError, /Input 'x'\[1\] is NaN: data must be finite/],
    ["Infinity in the target", () => line.fit({ x: [1, 2] }, [1, Infinity]), ArgumentError, /target\[1\] is Infinity/],
    ["a missing input", () => new Expression("p", "a*x*y", { params: { a: 1 } }).fit({ x: [1] }, [1]), ArgumentError, /Missing input 'y' for p/],
    ["an unknown input", () => line.fit({ x: [1], z: [2] }, [1]), UnknownNameError, /Unknown input 'z'/],
    ["an unknown parameter", () => line.fit({ x: [1] }, [1], { params: ["c"] }), UnknownNameError, /Unknown parameter 'c'.* line has parameters: a, b/],
    ["no parameters", () => new Expression("sq", "x**2").fit({ x: [1] }, [1]), ArgumentError, /sq has no parameters to fit/],
    ["no data", () => line.fit({ x: [] }, []), ArgumentError, /at least one data point/],
    ["an unknown method", () => line.fit({ x: [1] }, [1], { method: "newton" as never }), UnknownNameError, /Unknown fit method 'newton'/],
    ["bad bounds", () => line.fit({ x: [1] }, [1], { bounds: { a: [1, 0] } }), ArgumentError, /Bounds of 'a' must be \[lower, upper\]/],
    ["a start outside its bounds", () => line.fit({ x: [1] }, [1], { bounds: { a: [1, 2] } }), ArgumentError, /a = 0 is outside its bounds \[1, 2\]/],
    ["a bad maxIterations", () => line.fit({ x: [1] }, [1], { maxIterations: 0 }), ArgumentError, /maxIterations must be a positive integer/],
    ["a non-finite model at the start", () => new Expression("m", "a*log(x - b)", { params: { a: 1, b: 2 } }).fit({ x: [3, 1] }, [0, 0]), FitError, /m cannot be fitted from the starting parameters \(a = 1, b = 2\): at data point 1 \(x = 1, target 0\) the model is NaN/],
  ])("%s", (_what, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it("looks names up as data: 'constructor' is not an input or a parameter", () => {
    expect(() => line.fit({ constructor: [1] } as never, [1])).toThrow(UnknownNameError);
    expect(() => line.fit({ x: [1] }, [1], { params: ["constructor"] })).toThrow(UnknownNameError);
  });

  it("works on catalog entries: PReLU's slope is trainable", () => {
    const prelu = new MathForge().get("prelu");
    expect(prelu.trainableParams).toEqual(["alpha"]);
  });
});

describe("Expression.fit: edge cases", () => {
  it("fits a constant model (no input) to the mean", () => {
    const c = new Expression("c", "c", { params: { c: 0 } });
    const r = c.fit({}, [1, 2, 6]);
    expect(r.params.c).toBeCloseTo(3, 14);
    expect(r.standardErrors!.c).toBeCloseTo(Math.sqrt(14 / 2 / 3), 14);
  });

  it("passes y_pred and y_true to a loss Expression by name, in whatever order it takes them", () => {
    const line = new Expression("line", "a*x", { params: { a: 0 } });
    const loss = new Expression("sq", "(y_true - 2*y_pred)**2", { variables: ["y_true", "y_pred"] });
    // Minimising (y - 2*a*x)² gives a = (Σxy)/(2Σx²) = 1 for y = 2x·1.
    const r = line.fit({ x: [1, 2, 3] }, [2, 4, 6], { loss, method: "adam", learningRate: 0.01, maxIterations: 20000 });
    expect(r.params.a).toBeCloseTo(1, 4);
  });

  it("rejects options of the wrong type", () => {
    const line = new Expression("line", "a*x", { params: { a: 0 } });
    expect(() => line.fit({ x: [1] }, [1], { params: "a" as never })).toThrow(/params must be an array of strings/);
    expect(() => line.fit({ x: [1] }, [1], { maxIteration: 5 } as never)).toThrow(/Unknown fit option 'maxIteration'. Did you mean: maxIterations/);
    expect(() => line.fit({ x: [1] }, [1], null as never)).toThrow(/The options of line.fit must be an object/);
    expect(() => line.fit({ x: [1] }, [1], { bounds: 3 as never })).toThrow(/bounds must be an object/);
    expect(() => line.fit({ x: [1] }, [1], { method: "adam", optimizer: 1 as never })).toThrow(/optimizer must be an object/);
    expect(() => line.fit({ x: [1] }, [1], { batchSize: 10, method: "lm" })).toThrow(/apply to the first-order methods/);
    expect(() => line.fit({ x: [1] }, [1], { method: "adam", learningRate: 0 })).toThrow(/learningRate must be a positive finite number/);
  });
});
