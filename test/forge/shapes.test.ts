// Shaped inputs through Expression.eval: nested arrays and Tensors, broadcasting, output types, errors.
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, Expression, MathForge, Tensor, compile, parse } from "../../src/index.js";

const forge = new MathForge();

describe("shaped inputs", () => {
  it("evaluates elementwise formulas over nested arrays and Tensors, keeping the shape", () => {
    const relu = forge.get("relu");
    const out = relu.eval({ x: [[-1, 2], [3, -4]] });
    expect(out).toBeInstanceOf(Tensor);
    expect((out as Tensor).shape).toEqual([2, 2]);
    expect((out as Tensor).toArray()).toEqual([[0, 2], [3, 0]]);
    expect((relu.eval(new Tensor([-1, 5], [2, 1])) as Tensor).toArray()).toEqual([[0], [5]]);
  });

  it("broadcasts as NumPy: [2, 1] with [3] gives [2, 3]", () => {
    const e = new Expression("f", "x - y");
    const out = e.eval({ x: [[10], [20]], y: [1, 2, 3] }) as Tensor;
    expect(out.shape).toEqual([2, 3]);
    expect(out.toArray()).toEqual([[9, 8, 7], [19, 18, 17]]);
    expect(() => e.eval({ x: [[1, 2, 3], [4, 5, 6]], y: [1, 2] })).toThrow(/Shapes do not broadcast \(x: \[2, 3\], y: \[2\]\)/);
  });

  it("keeps flat arrays flat: a Float64Array out, length-1 arrays broadcast", () => {
    const mse = forge.get("mse");
    const out = mse.eval({ y_pred: [1, 2, 3], y_true: [1] });
    expect(out).toBeInstanceOf(Float64Array);
    expect([...out]).toEqual([0, 1, 4]);
  });

  it("reduces shaped inputs to one number", () => {
    const mse = forge.get("mse");
    expect(mse.eval({ y_pred: [[1, 2], [3, 4]], y_true: 0 }, { reduction: "sum" })).toBe(30);
    expect(mse.eval({ y_pred: [[1, 2], [3, 4]], y_true: 0 }, { reduction: "mean" })).toBe(7.5);
  });

  it("gives typed errors naming the input and index for malformed elements", () => {
    const relu = forge.get("relu");
    expect(() => relu.eval({ x: [[1, 2], [3]] })).toThrow(/^x\[1\]: expected 2 elements, got 1\.$/);
    expect(() => relu.eval({ x: ["1", "abc"] as never })).toThrow(ArgumentError);
    expect(() => relu.eval({ x: [1, null] as never })).toThrow(/x\[1\]: expected a number, got null/);
    expect(() => relu.eval({ x: new BigInt64Array(3) as never })).toThrow(/Input 'x' is a BigInt64Array/);
    expect(() => relu.eval(1, null as never)).toThrow(/The options of relu.eval must be an object/);
  });

  it("checks domains of nested inputs", () => {
    const bce = forge.get("binary_crossentropy");
    expect(() => bce.eval({ y_pred: [[0.5, 1.5]], y_true: [[1, 0]] })).toThrow(/y_pred must be .* got 1.5 at index 1/);
  });

  it("has more than 32 array inputs without wrapping a bit mask", () => {
    const names = Array.from({ length: 40 }, (_, i) => `x${i}`);
    const f = compile(parse(names.join(" + ")), { inputs: names });
    const arrays = names.map((_, i) => new Float64Array([i, 1]));
    expect([...f.map(arrays)]).toEqual([(39 * 40) / 2, 40]);
    const mixed = names.map((_, i) => (i % 2 === 0 ? new Float64Array([1, 2]) : 1));
    expect([...f.map(mixed)]).toEqual([40, 60]);
  });

  it("types eval's result by its arguments", () => {
    const relu = forge.get("relu");
    const mse = forge.get("mse");
    expectTypeOf(relu.eval(1)).toEqualTypeOf<number>();
    expectTypeOf(mse.eval({ y_pred: 1, y_true: 2 })).toEqualTypeOf<number>();
    expectTypeOf(relu.eval([1, 2])).toEqualTypeOf<Float64Array>();
    expectTypeOf(mse.eval({ y_pred: new Float64Array(2), y_true: 1 })).toEqualTypeOf<Float64Array>();
    expectTypeOf(mse.eval({ y_pred: 1, y_true: 2 }, { reduction: "mean" })).toEqualTypeOf<number>();
    expectTypeOf(mse.eval({ y_pred: [1, 2], y_true: [3, 4] }, { reduction: "mean" })).toEqualTypeOf<number | Float64Array | Tensor>();
    expectTypeOf(relu.eval({ x: [[1, 2]] })).toEqualTypeOf<number | Float64Array | Tensor>();
  });
});
