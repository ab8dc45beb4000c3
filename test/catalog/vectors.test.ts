// The vector entries: the reference values of the issue, gradients and Jacobians as identities, stability
// for logits of ±1e4, batches, reductions over the batch and class indices.
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, Tensor } from "../../src/index.js";
import { relativeError } from "../support/oracle.js";

const forge = new MathForge();
const arr = (v: unknown): number[] => (v instanceof Tensor ? (v.toArray() as number[]) : [...(v as Float64Array)]);
const close = (got: number[], want: number[], tol = 1e-15) => got.forEach((g, k) => expect(relativeError(g, want[k]!), `element ${k}: ${g} vs ${want[k]}`).toBeLessThanOrEqual(tol));

describe("reference values", () => {
  it("softmax, log_softmax and logsumexp", () => {
    close(arr(forge.get("softmax").eval([1, 2, 3])), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], 2e-16);
    expect(arr(forge.get("softmax").eval([1000, 1000, -1000]))).toEqual([0.5, 0.5, 0]);
    expect(arr(forge.get("log_softmax").eval([1000, 0]))).toEqual([0, -1000]);
    expect(arr(forge.get("logsumexp").eval([1000, 1000]))).toEqual([1000 + Math.LN2]);
  });

  it("cross_entropy from probabilities and from class indices", () => {
    const ce = forge.get("cross_entropy");
    close((ce.eval({ y_pred: [[2, 1, 0.1]], y_true: [[1, 0, 0]] }) as Tensor).toArray() as number[], [0.4170300162778335], 1e-15);
    close((ce.eval({ y_pred: [[2, 1, 0.1]], y_true: [0] }) as Tensor).toArray() as number[], [0.4170300162778335], 1e-15);
    expect((ce.eval({ y_pred: [[1000, 0]], y_true: [[0, 1]] }) as Tensor).toArray()).toEqual([1000]);
    expect((ce.eval({ y_pred: [[1000, 0]], y_true: [1] }) as Tensor).toArray()).toEqual([1000]);
  });

  it("cosine_similarity", () => {
    expect(arr(forge.get("cosine_similarity").eval({ x: [1, 2, 3], y: [4, 5, 6] }))).toEqual([0.9746318461970762]);
  });
});

describe("derivatives of vector formulas", () => {
  const logits = [[2, 1, 0.1], [1e4, -1e4, 0], [-3, 5, 5]];

  it("logsumexp's gradient is softmax, printed as softmax", () => {
    const g = forge.get("logsumexp").gradient("x");
    expect(g.toString()).toBe(forge.get("softmax").toString());
    expect((g.eval({ x: logits }) as Tensor).toArray()).toEqual((forge.get("softmax").eval({ x: logits }) as Tensor).toArray());
  });

  it("cross_entropy's gradient is softmax(y_pred) - y_true, also with class indices (minus the one-hot)", () => {
    const g = forge.get("cross_entropy").gradient("y_pred");
    expect(g.toString()).toContain("exp(y_pred[i])/Sum(exp(y_pred[k]), (k, 0, n - 1))");
    const s = (forge.get("softmax").eval({ x: logits }) as Tensor).toArray() as number[][];
    const oneHot = [[1, 0, 0], [0, 0, 1], [0, 1, 0]];
    const want = s.map((row, r) => row.map((v, k) => v - oneHot[r]![k]!));
    const probabilities = (g.eval({ y_pred: logits, y_true: oneHot }) as Tensor).toArray() as number[][];
    const indices = (g.eval({ y_pred: logits, y_true: [0, 2, 1] }) as Tensor).toArray() as number[][];
    probabilities.forEach((row, r) => row.forEach((v, k) => expect(Math.abs(v - want[r]![k]!)).toBeLessThan(1e-15)));
    expect(indices).toEqual(probabilities);
    expect(probabilities.flat().every(Number.isFinite)).toBe(true);
  });

  it("softmax's Jacobian is diag(s) - s s^T, shape [..., n, n], finite for logits of ±1e4", () => {
    const J = forge.get("softmax").jacobian("x");
    const out = J.eval({ x: logits }) as Tensor;
    expect(out.shape).toEqual([3, 3, 3]);
    const s = (forge.get("softmax").eval({ x: logits }) as Tensor).toArray() as number[][];
    s.forEach((row, r) => row.forEach((si, i) => row.forEach((sk, k) => expect(Math.abs(out.get(r, i, k) - ((i === k ? si : 0) - si * sk))).toBeLessThan(1e-16))));
    expect(out.data.every(Number.isFinite)).toBe(true);
  });

  it("points gradient on a vector-valued formula to jacobian, and jacobian on a per-row one to gradient", () => {
    expect(() => forge.get("softmax").gradient("x")).toThrow(ArgumentError);
    expect(() => forge.get("softmax").gradient("x")).toThrow(/use jacobian\("x"\)/);
    expect(() => forge.get("logsumexp").jacobian("x")).toThrow(/use gradient\("x"\)/);
    expect(() => forge.get("relu").jacobian("x")).toThrow(/one value per element/);
  });

  it("stays finite and exact for logits of ±1e4", () => {
    expect(arr(forge.get("log_softmax").eval([1e4, -1e4]))).toEqual([0, -2e4]);
    expect(arr(forge.get("logsumexp").eval([-1e4, -1e4]))).toEqual([-1e4 + Math.LN2]);
    expect(arr(forge.get("cross_entropy").eval({ y_pred: [-1e4, 1e4], y_true: [1, 0] }))).toEqual([2e4]);
    expect(arr(forge.get("log_softmax").jacobian("x").eval([1e4, -1e4]))).toEqual([[0, 0], [-1, 1]]);
  });
});

describe("batches and reductions", () => {
  it("reduces per-row losses over the batch", () => {
    const ce = forge.get("cross_entropy");
    const y_pred = [[2, 1, 0.1], [0, 0, 0]];
    const rows = (ce.eval({ y_pred, y_true: [0, 2] }) as Tensor).toArray() as number[];
    expect(ce.eval({ y_pred, y_true: [0, 2] }, { reduction: "sum" })).toBe(rows[0]! + rows[1]!);
    expect(ce.eval({ y_pred, y_true: [0, 2] }, { reduction: "mean" })).toBe((rows[0]! + rows[1]!) / 2);
    const g = ce.gradient("y_pred");
    const per = (g.eval({ y_pred, y_true: [0, 2] }) as Tensor).data;
    const mean = (g.eval({ y_pred, y_true: [0, 2] }, { reduction: "mean" }) as Tensor).data;
    mean.forEach((v, k) => expect(v).toBe(per[k]! / 2));
  });

  it("rejects a reduction of a vector per row, and bad class indices", () => {
    expect(() => forge.get("softmax").eval([1, 2], { reduction: "sum" })).toThrow(/gives a vector per row/);
    expect(() => forge.get("cross_entropy").eval({ y_pred: [[1, 2]], y_true: [2] })).toThrow(/y_true\[0\]: a class index must be an integer in \[0, 1\], got 2/);
    expect(() => forge.get("nll_loss").eval({ y_pred: [[-1, -2]], y_true: [0.5] })).toThrow(ArgumentError);
    expect(() => forge.get("softmax").eval(3)).toThrow(/Input 'x' is a vector along its last axis/);
    expect(() => forge.get("dot").eval({ x: [1, 2, 3], y: [1, 2] })).toThrow(/has 2 elements along its last axis/);
    expect(() => forge.compare(["relu", "softmax"])).toThrow(/softmax works along the last axis of an array: use eval/);
    expect(forge.search("softmax")[0]).toBe("softmax");
    expect(forge.explain("cross_entropy", "advanced")).toContain("d/dy_pred: -label_smoothing/n");
  });

  it("handles empty rows as NumPy: softmax of [] is [], logsumexp of [] is -Infinity", () => {
    expect(arr(forge.get("softmax").eval([]))).toEqual([]);
    expect(arr(forge.get("logsumexp").eval([]))).toEqual([-Infinity]);
    expect((forge.get("dot").eval({ x: [[], []], y: [[]] }) as Tensor).toArray()).toEqual([0, 0]);
    expect(arr(forge.get("dot").eval({ x: [1, 2], y: [3] }))).toEqual([9]);
  });

  it("broadcasts the batch axes and reports the output kind", () => {
    const dot = forge.get("dot");
    expect((dot.eval({ x: [[1, 2], [3, 4]], y: [1, 1] }) as Tensor).toArray()).toEqual([3, 7]);
    expect([forge.get("relu").output, dot.output, forge.get("softmax").output, forge.get("softmax").jacobian("x").output]).toEqual(["elementwise", "row", "vector", "matrix"]);
  });

  it("evaluates a parameter gradient of a per-row loss as one number under a reduction", () => {
    const ce = forge.get("cross_entropy", { params: { label_smoothing: 0.1 } });
    const g = ce.gradient("label_smoothing");
    const args = { y_pred: [[2, 1, 0.1], [0, 3, 0]], y_true: [0, 2] };
    const rows = (g.eval(args) as Tensor).data;
    expect(g.eval(args, { reduction: "sum" })).toBeCloseTo(rows[0]! + rows[1]!, 15);
  });
});

describe("sparsemax, glu and linf_norm", () => {
  const matrix = (v: unknown) => (v as Tensor).toArray() as number[][];
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

  it("sparsemax projects rows onto the simplex, with exact zeros, ties and logits of ±1e4", () => {
    const sparsemax = forge.get("sparsemax");
    // Martins & Astudillo's definition: tau solves Sum(max(z - tau, 0)) = 1; here tau = -0.05 and -1e4 - 1/3.
    close(arr(sparsemax.eval([0.5, 0.4, -1])), [0.55, 0.45, 0], 3e-16);
    expect(matrix(sparsemax.eval({ x: [[2, 2, -1], [1e4, -1e4, 0], [-1e4, -1e4, -1e4], [1e4, 9999.75, -1e4]] }))).toEqual([[0.5, 0.5, 0], [1, 0, 0], [1 / 3, 1 / 3, 1 / 3], [0.625, 0.375, 0]]);
    expect(arr(sparsemax.eval([-Infinity, 0, 0.5]))).toEqual([0, 0.25, 0.75]);
    expect(arr(sparsemax.eval([1, NaN, 2])).every(Number.isNaN)).toBe(true);
    expect(() => sparsemax.gradient("x")).toThrow(/use jacobian\("x"\)/);
  });

  it("sparsemax's Jacobian is diag(s) - s s^T/|S|, s the support's indicator", () => {
    const rows = [[0.5, 0.4, -1], [2, 2, 2], [1e4, -1e4, 0], [0.3, -0.2, 0.1]];
    const J = (forge.get("sparsemax").jacobian("x").eval({ x: rows }) as Tensor).toArray() as number[][][];
    const p = matrix(forge.get("sparsemax").eval({ x: rows }));
    p.forEach((row, r) => {
      const s = row.map((v) => (v > 0 ? 1 : 0));
      const size = s.reduce<number>((a, b) => a + b, 0);
      // + 0: a zero entry may be -0 (a product with a negative factor), equal to 0.
      s.forEach((si, i) => s.forEach((sk, k) => expect(J[r]![i]![k]! + 0, `row ${r}, [${i}, ${k}]`).toBe((i === k ? si : 0) - (si * sk) / size)));
    });
  });

  it("glu splits the last axis in half as PyTorch's glu(x, dim=-1): a*sigmoid(b), Jacobian [..., n/2, n]", () => {
    const glu = forge.get("glu");
    expect(glu.output).toBe("vector");
    close(arr(glu.eval([1, 2, 3, 4])), [sigmoid(3), 2 * sigmoid(4)]);
    const batch = glu.eval({ x: [[[1, -1, 0.5, 20]], [[0, 3, -710, 710]]] }) as Tensor;
    expect(batch.shape).toEqual([2, 1, 2]);
    close([...batch.data], [sigmoid(0.5), -sigmoid(20), 0, 3]);
    const J = glu.jacobian("x").eval({ x: [[1, 2, 3, 4]] }) as Tensor;
    expect(J.shape).toEqual([1, 2, 4]);
    close((J.toArray() as number[][][])[0]!.flat(), [sigmoid(3), 0, sigmoid(3) * sigmoid(-3), 0, 0, sigmoid(4), 0, 2 * sigmoid(4) * sigmoid(-4)]);
  });

  it("glu refuses an odd last axis with a typed error", () => {
    expect(() => new Expression("half", "x[i]", { extents: ["n/2"] as never })).toThrow(/extents of half must be an array of formulas/);
    const glu = forge.get("glu");
    expect(() => glu.eval([1, 2, 3])).toThrow(ArgumentError);
    expect(() => glu.eval({ x: [[1, 2, 3]] })).toThrow(/n\/2 values per row, which for a last axis of length 3 is 1.5/);
    expect(() => glu.jacobian("x").eval([1, 2, 3])).toThrow(ArgumentError);
  });

  it("linf_norm is the largest |x|; its gradient is sign(x) at the maxima, split evenly between ties (PyTorch's amax)", () => {
    const linf = forge.get("linf_norm");
    const g = linf.gradient("x");
    expect(arr(linf.eval({ x: [[3, -7, 2], [0, 0, 0], [1, -Infinity, 2]] }))).toEqual([7, 0, Infinity]);
    expect(matrix(g.eval({ x: [[3, -7, 2], [3, -3, 3], [0, 0, 0], [Infinity, 1, -2]] })).map((row) => row.map((v) => v + 0))).toEqual([[0, -1, 0], [1 / 3, -1 / 3, 1 / 3], [0, 0, 0], [1, 0, 0]]);
    expect(arr(g.eval([1, NaN, 2])).every(Number.isNaN)).toBe(true);
  });
});
