import { describe, expect, it } from "vitest";
import { ArgumentError, Tensor, broadcastShapes, layOut, toShapedInput } from "../../src/index.js";

describe("Tensor", () => {
  it("holds row-major data with a shape, indexes it and gives nested arrays back", () => {
    const t = new Tensor([1, 2, 3, 4, 5, 6], [2, 3]);
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(t.shape).toEqual([2, 3]);
    expect(t.size).toBe(6);
    expect(t.get(1, 0)).toBe(4);
    expect(t.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(new Tensor([7], []).toArray()).toBe(7);
    expect(new Tensor([], [2, 0]).toArray()).toEqual([[], []]);
  });

  it("rejects data that does not fit the shape and indices outside it", () => {
    expect(() => new Tensor([1, 2, 3], [2, 2])).toThrow(/shape \[2, 2\] needs 4 values, got 3/);
    expect(() => new Tensor([1], [-1])).toThrow(ArgumentError);
    const t = new Tensor([1, 2], [2]);
    expect(() => t.get(2)).toThrow(/Index 2 on axis 0 is outside \[0, 1\]/);
    expect(() => t.get(0, 0)).toThrow(/get needs 1 indices/);
  });
});

describe("input conversion", () => {
  it("keeps numbers, typed arrays and flat arrays as they are and turns nested arrays into Tensors", () => {
    const xs = new Float32Array([1, 2]);
    expect(toShapedInput("x", 3)).toBe(3);
    expect(toShapedInput("x", xs)).toBe(xs);
    const nested = toShapedInput("x", [[1, 2], [3, 4], [5, 6]]) as Tensor;
    expect(nested.shape).toEqual([3, 2]);
    expect([...nested.data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect((toShapedInput("x", [[[1]], [[2]]]) as Tensor).shape).toEqual([2, 1, 1]);
  });

  it("names the input and the index of what is wrong", () => {
    expect(() => toShapedInput("x", [[1, 2], [3]])).toThrow(/^x\[1\]: expected 2 elements, got 1\.$/);
    expect(() => toShapedInput("x", ["1", "abc"])).toThrow(/^x\[0\]: expected a number, got string "1"\.$/);
    expect(() => toShapedInput("x", [1, null])).toThrow(/^x\[1\]: expected a number, got null\.$/);
    expect(() => toShapedInput("y", [[1, 2], [3, "a"]])).toThrow(/^y\[1\]\[1\]: expected a number, got string "a"\.$/);
    expect(() => toShapedInput("y", [[1, 2], 3])).toThrow(/^y\[1\]: expected an array of 2 elements, got number\.$/);
    expect(() => toShapedInput("y", [1, [2]])).toThrow(/^y\[1\]: expected a number, got an array\.$/);
    expect(() => toShapedInput("x", new BigInt64Array(2))).toThrow(/Input 'x' is a BigInt64Array: use numbers/);
    expect(() => toShapedInput("x", new BigUint64Array(2))).toThrow(ArgumentError);
    expect(() => toShapedInput("x", "12")).toThrow(/Input 'x' must be a number, an array of numbers or a Tensor, got string/);
  });
});

describe("broadcasting", () => {
  it("follows NumPy's rules", () => {
    expect(broadcastShapes([["x", [2, 1]], ["y", [3]]])).toEqual([2, 3]);
    expect(broadcastShapes([["x", []], ["y", [4, 1, 5]], ["z", [3, 1]]])).toEqual([4, 3, 5]);
    expect(broadcastShapes([["x", [0]], ["y", [1]]])).toEqual([0]);
  });

  it("shows both shapes when they do not fit", () => {
    expect(() => broadcastShapes([["x", [2, 3]], ["y", [4]]])).toThrow(/Shapes do not broadcast \(x: \[2, 3\], y: \[4\]\)/);
    expect(() => broadcastShapes([["x", [2]], ["y", [3]]])).toThrow(/equal lengths \(x: 2, y: 3\)/);
  });

  it("lays an input out over the output shape", () => {
    const column = new Tensor([1, 2], [2, 1]);
    expect([...(layOut(column, [2, 3]) as Float64Array)]).toEqual([1, 1, 1, 2, 2, 2]);
    expect([...(layOut([10, 20, 30], [2, 3]) as Float64Array)]).toEqual([10, 20, 30, 10, 20, 30]);
    expect(layOut([5], [2, 3])).toBe(5);
    const same = new Float64Array([1, 2, 3]);
    expect(layOut(same, [3])).toBe(same);
  });
});
