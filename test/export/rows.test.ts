// The JavaScript, NumPy and C exports of every formula along the last axis (activations such as softmax and
// sparsemax, losses such as cross_entropy, norms, distances, metrics) and of its derivative with respect to its
// first input (a gradient or a Jacobian) against the committed mpmath vector fixtures, every row, tails included
// (logits of +-1000 and +-1e4, 1e-300 probabilities): values within 1e-12 relative, derivative entries within
// 1e-12 relative or 1e-15 of the row's largest magnitude, the standard the library itself is held to
// (test/catalog/vector-contract.test.ts). NumPy runs in one python3 process, C in one program.
import { describe, expect, it } from "vitest";
import { CATALOG, type Expression, MathForge, type Tensor, parse, usesIndexNotation } from "../../src/index.js";
import { parseDouble, readVectorOracle, relativeError } from "../support/oracle.js";
import { type RowCall, type RowExport, haveCc, haveNumpy, runCProgram, runCRows, runNumpyRows, runsWith } from "./tools.js";

const forge = new MathForge();
const TOLERANCE = 1e-12;
const DERIVATIVE_SCALE_TOLERANCE = 1e-15;

interface Column {
  readonly label: string;
  readonly expression: Expression;
  /** Whether the export is the class-index form of the loss. */
  readonly classIndex: boolean;
  /** Whether the column is a derivative (judged also against the row's scale). */
  readonly derivative: boolean;
  readonly vectors: readonly boolean[];
  readonly params: readonly number[];
  readonly cases: readonly { inputs: (number[] | number)[]; want: number[]; scale: number }[];
}

/**
 * Every fixture; those with class indices (one integer per row: sparse_categorical_crossentropy, nll_loss, and
 * cross_entropy's class-index form, exported with `classIndex`) have them as the second input.
 */
const fixtures = Object.entries(readVectorOracle());

const columns: Column[] = fixtures.flatMap(([key, fixture]) => {
  const e = forge.get(fixture.name, { params: fixture.params });
  const v = e.variables[0]!;
  const d = fixture.vector ? e.jacobian(v) : e.derivative(v);
  const vectors = e.variables.map((_, k) => !(fixture.classIndex && k === 1));
  // cross_entropy chooses its class-index form by the inputs' shapes; an export is asked for it.
  const classIndex = fixture.classIndex === true && fixture.name === "cross_entropy";
  const cases = fixture.cases.map((c) => {
    const inputs = fixture.inputs.map((u, k) => (vectors[k] ? c.inputs[k]!.map(parseDouble) : parseDouble(c.inputs[k]![0]!)));
    const value = [c.value].flat().map(parseDouble);
    const grad = c.grad.flat().map(parseDouble);
    return { inputs, value, grad, scale: Math.max(...grad.map(Math.abs), ...value.map(Math.abs)) };
  });
  const params = Object.keys(e.params).map((p) => e.params[p]!);
  return [
    { label: `${key} value`, expression: e, classIndex, derivative: false, vectors, params, cases: cases.map((c) => ({ inputs: c.inputs, want: c.value, scale: c.scale })) },
    { label: `${key} d/d${v}`, expression: d, classIndex, derivative: true, vectors, params, cases: cases.map((c) => ({ inputs: c.inputs, want: c.grad, scale: c.scale })) },
  ];
});

/** Cells of a column where the results miss the fixture. */
function failures(column: Column, results: readonly (readonly number[])[]): string[] {
  return column.cases.flatMap((c, k) => {
    const got = results[k]!;
    if (got.length !== c.want.length) return [`${column.label} case ${k}: ${got.length} values, want ${c.want.length}`];
    return c.want.flatMap((want, m) => {
      const ok = relativeError(got[m]!, want) <= TOLERANCE || (column.derivative && Math.abs(got[m]! - want) <= DERIVATIVE_SCALE_TOLERANCE * c.scale);
      return ok ? [] : [`${column.label} case ${k} [${m}]: ${got[m]} vs ${want}`];
    });
  });
}

const exported = (column: Column, target: "numpy" | "c" | "js", k: number): RowExport => ({
  code: column.expression.toCode(target, { name: `f${k}`, classIndex: column.classIndex }),
  fn: `f${k}`,
  vectors: column.vectors,
  array: column.expression.output !== "row",
  params: column.params.length,
});

const calls = (column: Column, k: number): RowCall[] => column.cases.map((c) => ({ fn: k, inputs: c.inputs, params: column.params, length: c.want.length }));

describe("exports along the last axis against the mpmath vector fixtures", () => {
  it("covers every vector fixture, class indices included", () => {
    expect(columns.length).toBe(2 * fixtures.length);
    expect(columns.filter((c) => c.classIndex).length).toBe(4);
  });

  it("JavaScript (run in this process) is within the library's standard", () => {
    const bad = columns.flatMap((column, k) => {
      const { code, fn } = exported(column, "js", k);
      const f = new Function(`"use strict";\n${code}\nreturn ${fn};`)() as (...a: unknown[]) => number | Float64Array;
      return failures(
        column,
        column.cases.map((c) => {
          const out = f(...c.inputs, ...column.params);
          return typeof out === "number" ? [out] : [...out];
        }),
      );
    });
    expect(bad.slice(0, 20), `${bad.length} cells`).toEqual([]);
  });

  it.runIf(runsWith(haveNumpy))("NumPy (python3, one process, warnings are errors) is within the library's standard", () => {
    expect(haveNumpy, "python3 with numpy is needed (apt-get install python3-numpy)").toBe(true);
    const results = runNumpyRows(columns.map((c, k) => exported(c, "numpy", k)), columns.flatMap(calls));
    let at = 0;
    const bad = columns.flatMap((column) => failures(column, column.cases.map(() => results[at++]!)));
    expect(bad.slice(0, 20), `${bad.length} cells`).toEqual([]);
  }, 120_000);

  it.runIf(runsWith(haveNumpy))("NumPy takes batches: every entry and its first derivatives on three rows at once agree with the library", () => {
    expect(haveNumpy, "python3 with numpy is needed (apt-get install python3-numpy)").toBe(true);
    const cases = CATALOG.filter((entry) => usesIndexNotation(parse(entry.formula))).flatMap((entry) => {
      const e = forge.get(entry.name);
      const classIndices = e.compileRows().indexInputs;
      // Three rows of four inside each input's domain (probabilities in (0, 1)); class indices 2, 0, 3.
      const inputs = e.variables.map((v, k) => (classIndices.includes(v) ? [2, 0, 3] : [0, 1, 2].map((r) => [0, 1, 2, 3].map((m) => Math.sin(3 * m + 5 * k + 7 * r + 1)).map((x) => (entry.domains?.[v] ? 0.5 + 0.4 * x : 2 * x)))));
      return [e, ...[...e.variables, ...Object.keys(e.params)].map((w) => e.derivative(w))].map((expression) => {
        const value = expression.eval(Object.fromEntries(e.variables.map((v, k) => [v, inputs[k]!])) as Record<string, number[]>) as number | Float64Array | Tensor;
        const want = typeof value === "number" ? [value] : [...(value instanceof Float64Array ? value : value.data)];
        return { expression, inputs, want };
      });
    });
    const functions = cases.map((c, k) => ({ code: c.expression.toCode("numpy", { name: `f${k}` }), fn: `f${k}`, vectors: [], array: true, params: 0 }));
    const results = runNumpyRows(functions, cases.map((c, k) => ({ fn: k, inputs: c.inputs, params: [], length: c.want.length })));
    const bad = cases.flatMap((c, k) =>
      results[k]!.length !== c.want.length ? [`${c.expression.name}: ${results[k]!.length} values, want ${c.want.length}`] : c.want.flatMap((w, m) => (Math.abs(results[k]![m]! - w) <= 1e-12 * Math.max(1, Math.abs(w)) || (Number.isNaN(w) && Number.isNaN(results[k]![m]!)) ? [] : [`${c.expression.name} [${m}]: ${results[k]![m]} vs ${w}`])),
    );
    expect(bad.slice(0, 20), `${bad.length} cells`).toEqual([]);
  }, 120_000);

  it.runIf(runsWith(haveCc))("C (cc -O2 -lm, one program) is within the library's standard", () => {
    expect(haveCc, "a C compiler is needed (apt-get install gcc)").toBe(true);
    const results = runCRows(columns.map((c, k) => exported(c, "c", k)), columns.flatMap(calls));
    let at = 0;
    const bad = columns.flatMap((column) => failures(column, column.cases.map(() => results[at++]!)));
    expect(bad.slice(0, 20), `${bad.length} cells`).toEqual([]);
  }, 120_000);
});

describe.runIf(runsWith(haveCc))("C's row buffers (sparsemax's threshold, the quantiles) on the heap", () => {
  it("take a row of 2**22 values (32 MB, beyond a thread's 8 MB stack), and give NaN where malloc fails", () => {
    expect(haveCc, "a C compiler is needed (apt-get install gcc)").toBe(true);
    const sparsemax = forge.get("sparsemax");
    const main = [
      "#include <stdio.h>",
      "#include <stdlib.h>",
      sparsemax.toCode("c"),
      forge.get("robust_scaler").toCode("c"),
      // the same function again, with an allocator that always fails
      "#define malloc(size) ((void)(size), (void *)0)",
      sparsemax.toCode("c", { name: "sparsemax_no_memory" }),
      "#undef malloc",
      "int main(void) {",
      "    const long n = 1L << 22;",
      "    double *x = malloc(sizeof *x * n), *out = malloc(sizeof *out * n);",
      "    if (!x || !out) return 1;",
      // sparsemax of (1, 0.5, -1, -1, ...): the threshold is 0.25
      "    for (long j = 0; j < n; j++) x[j] = j == 0 ? 1.0 : j == 1 ? 0.5 : -1.0;",
      "    sparsemax(x, n, out);",
      '    printf("%.17g\\n%.17g\\n%.17g\\n", out[0], out[1], out[n - 1]);',
      "    sparsemax_no_memory(x, n, out);",
      '    printf("%.17g\\n", out[0]);',
      // n - 1, ..., 1, 0: median (n - 1)/2, quartiles (n - 1)/4 and 3(n - 1)/4 (exact), so the ends scale to 1 and -1
      "    for (long j = 0; j < n; j++) x[j] = (double)(n - 1 - j);",
      "    robust_scaler(x, n, out);",
      '    printf("%.17g\\n%.17g\\n%.17g\\n", out[0], out[n / 2], out[n - 1]);',
      "    free(x);",
      "    free(out);",
      "    return 0;",
      "}",
    ].join("\n");
    const [first, second, last, failed, top, middle, bottom] = runCProgram(main);
    expect([first, second, last]).toEqual([0.75, 0.25, 0]);
    expect(failed).toBeNaN();
    expect([top, middle, bottom]).toEqual([1, -0.5 / 2097151.5, -1]);
  }, 60_000);
});
