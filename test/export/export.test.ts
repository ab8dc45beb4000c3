// Code export over the whole catalog: every entry and its first derivatives (every input and parameter)
// export to all six targets, or are refused with an UnsupportedExportError naming a function listed below;
// the Python texts parse (ast.parse), the TensorFlow.js texts parse as TypeScript and run on tfjs-core; a few
// golden texts show what users get. Numbers against the oracle: accuracy.test.ts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ArgumentError, CATALOG, EXPORT_TARGETS, type Expression, type ExportTargetName, MathForge, UnsupportedExportError, defineFunction, parse, toCode, usesIndexNotation } from "../../src/index.js";
import { havePython, runsWith } from "./tools.js";

const forge = new MathForge();

/**
 * Functions a target cannot print yet, as the catalog meets them (an export names the first it refuses): the
 * gaps of the export, kept honest in both directions (a listed gap that no longer occurs fails the test).
 */
const GAPS: Record<ExportTargetName, readonly string[]> = {
  numpy: [],
  torch: [],
  jax: [],
  tfjs: [],
  js: [],
  c: [],
};

/**
 * The special functions NumPy computes with scalar helpers under np.vectorize (a Python loop over the elements):
 * polygamma of an order that is not a whole number up to 100 written in the formula (an input or parameter)
 * (docs/export.md). Everything else in a NumPy text is whole-array operations.
 */
const NUMPY_LOOPS = ["polygamma"];

/** One call of each special function: [formula, inputs, whether its NumPy text loops with np.vectorize]. */
const SPECIAL_CALLS: readonly (readonly [string, readonly string[], boolean])[] = [
  ...["erf", "erfc", "erfcx", "log1pmx", "erfinv", "erfcinv", "gamma", "loggamma"].map((fn) => [`${fn}(x)`, ["x"], false] as const),
  ["polygamma(0, x)", ["x"], false],
  ...["beta", "digammadiff", "gammadensity"].map((fn) => [`${fn}(a, x)`, ["a", "x"], false] as const),
  ["polygamma(1, x)", ["x"], false],
  ["polygamma(3, x)", ["x"], false],
  ["polygamma(n, x)", ["n", "x"], true],
  ["polygamma(101, x)", ["x"], true],
  ...["lowergamma", "uppergamma", "gammainc", "gammaincc"].map((fn) => [`${fn}(a, x)`, ["a", "x"], false] as const),
];

/** Every catalog entry's expression and its first derivatives (along the last axis, a vector's is a Jacobian). */
const exports: { label: string; expression: Expression }[] = CATALOG.flatMap((entry) => {
  const e = forge.get(entry.name);
  return [{ label: entry.name, expression: e }, ...[...entry.variables, ...Object.keys(entry.params ?? {})].map((w) => ({ label: `d/d${w} ${entry.name}`, expression: e.derivative(w) }))];
});

const texts = new Map<ExportTargetName, string[]>(EXPORT_TARGETS.map((t) => [t, []]));
const refused = new Map<ExportTargetName, Set<string>>(EXPORT_TARGETS.map((t) => [t, new Set()]));

describe("export of the whole catalog", () => {
  beforeAll(() => {
    for (const { label, expression } of exports) {
      for (const target of EXPORT_TARGETS) {
        try {
          texts.get(target)!.push(expression.toCode(target));
        } catch (error) {
          if (!(error instanceof UnsupportedExportError)) throw new Error(`${label} to ${target}: ${String(error)}`);
          refused.get(target)!.add(error.functionName);
        }
      }
    }
  });

  it.each(EXPORT_TARGETS)("exports every entry and derivative to %s, refusing only the listed gaps", (target) => {
    expect([...refused.get(target)!].sort()).toEqual([...GAPS[target]].sort());
    expect(texts.get(target)!.length).toBeGreaterThan(exports.length / 2);
  });

  it("vectorizes NumPy with np.vectorize only for the listed functions", () => {
    const looped = new Set(texts.get("numpy")!.flatMap((text) => [...text.matchAll(/np\.vectorize\((\w+)/g)].map((m) => m[1]!)));
    expect([...looped].every((helper) => NUMPY_LOOPS.some((fn) => helper === `_${fn}`)), [...looped].join(", ")).toBe(true);
    for (const [formula, inputs, loops] of SPECIAL_CALLS) {
      expect(toCode(parse(formula), "numpy", { inputs: [...inputs] }).includes("np.vectorize"), formula).toBe(loops);
    }
  });

  it.runIf(runsWith(havePython))("prints NumPy, PyTorch and JAX texts that Python parses", () => {
    const sources = (["numpy", "torch", "jax"] as const).flatMap((t) => texts.get(t)!);
    const script = "import ast, json, sys\nfor s in json.load(sys.stdin):\n    ast.parse(s)\nprint('ok')";
    expect(execFileSync("python3", ["-c", script], { input: JSON.stringify(sources), encoding: "utf8" }).trim()).toBe("ok");
  });

  it("prints TensorFlow.js texts that TypeScript parses", () => {
    const errors = texts.get("tfjs")!.flatMap((text) => {
      const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
      return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    });
    expect(errors).toEqual([]);
  });
});

/** Runs a TensorFlow.js export on tfjs-core (float32) and returns the named function. */
function loadTfjs(text: string, name: string): (...args: number[][]) => tf.Tensor {
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function("require", "exports", js)(() => tf, exports);
  const f = exports[name] as (...args: tf.Tensor[]) => tf.Tensor;
  return (...args) => f(...args.map((a) => tf.tensor1d(a)));
}

describe("TensorFlow.js exports run", () => {
  beforeAll(async () => {
    // Production mode also silences tfjs's banner about its Node backend.
    tf.enableProdMode();
    await tf.setBackend("cpu");
  });
  const entries = CATALOG.filter((e) => e.metadata.category === "activation" || e.metadata.category === "loss").filter((e) => !usesIndexNotation(parse(e.formula)));
  it.each(entries.map((e) => e.name))("%s and its derivatives agree with the library to float32 accuracy", (name) => {
    const e = forge.get(name);
    const entry = CATALOG.find((c) => c.name === name)!;
    const points = [-4, -1.5, -0.25, 0.3, 1, 2.5, 4];
    // Inside each input's domain: probabilities in (0, 1), non-negative inputs shifted above 0.
    const args = e.variables.map((v, i) => {
      const domain = entry.domains?.[v];
      if (domain && domain.max <= 1) return points.map((p) => (p + 5) / 10);
      if (domain) return points.map((p) => Math.abs(p) + 0.1);
      return points.map((p) => (i === 0 ? p : p / 5 + 0.1));
    });
    for (const expression of [e, ...e.variables.map((v) => e.gradient(v))]) {
      const got = loadTfjs(expression.toCode("tfjs", { name: "f" }), "f")(...args).dataSync();
      const want = expression.eval(Object.fromEntries(expression.variables.map((v, i) => [v, Float64Array.from(args[i]!)]))) as Float64Array;
      want.forEach((w, i) => expect(Math.abs(got[i]! - w), `${expression.name} at ${args.map((a) => a[i]).join(", ")}`).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(w))));
    }
  });
});

/** Runs a TensorFlow.js export of a formula along the last axis on batches (tensors) and returns the function. */
function loadTfjsRows(text: string, name: string): (...args: tf.Tensor[]) => tf.Tensor {
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function("require", "exports", js)(() => tf, exports);
  return exports[name] as (...args: tf.Tensor[]) => tf.Tensor;
}

describe("TensorFlow.js exports along the last axis run", () => {
  beforeAll(async () => {
    tf.enableProdMode();
    await tf.setBackend("cpu");
  });
  const entries = CATALOG.filter((e) => usesIndexNotation(parse(e.formula)));
  it.each(entries.map((e) => e.name))("%s and its first derivatives agree with the library to float32 accuracy on a batch", (name) => {
    const e = forge.get(name);
    const entry = CATALOG.find((c) => c.name === name)!;
    const classIndices = e.compileRows().indexInputs;
    // Two rows of four, inside each input's domain (probabilities in (0, 1)), class indices 2 and 0.
    const args = e.variables.map((v, k) => {
      if (classIndices.includes(v)) return [2, 0];
      const row = (r: number) => [0, 1, 2, 3].map((m) => Math.sin(3 * m + 5 * k + 7 * r + 1));
      return [0, 1].map((r) => row(r).map((x) => (entry.domains?.[v] ? 0.5 + 0.4 * x : 2 * x)));
    });
    for (const expression of [e, ...[...e.variables, ...Object.keys(e.params)].map((w) => e.derivative(w))]) {
      const f = loadTfjsRows(expression.toCode("tfjs", { name: "f" }), "f");
      const got = f(...args.map((a) => tf.tensor(a))).dataSync();
      const value = expression.eval(Object.fromEntries(e.variables.map((v, k) => [v, args[k]!])));
      const want = typeof value === "number" ? [value] : value instanceof Float64Array ? [...value] : [...(value as { data: Float64Array }).data];
      expect(got.length, expression.name).toBe(want.length);
      want.forEach((w, k) => expect(Math.abs(got[k]! - w), `${expression.name} [${k}]`).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(w))));
    }
  });
});

describe("golden texts", () => {
  it.each([
    ["leaky_relu", "numpy"],
    ["gelu", "torch"],
    ["softplus", "jax"],
    ["elu", "tfjs"],
    ["bce_with_logits", "js"],
    ["huber", "c"],
    ["softmax", "torch"],
    ["cross_entropy", "jax"],
  ] as const)("%s to %s", async (name, target) => {
    // .txt: the golden files are data, not sources for the type checker or the linter.
    await expect(forge.get(name).toCode(target, { withGradient: true })).toMatchFileSnapshot(`__golden__/${name}.${target}.txt`);
  });
});

describe("docs/export.md", () => {
  it("shows each target's text as toCode prints it", () => {
    const page = readFileSync(new URL("../../docs/export.md", import.meta.url), "utf8");
    const shown = [...page.matchAll(/<!-- export: (\w+) (\w+) -->\n```\w+\n([\s\S]*?)```/g)];
    expect(shown.filter((m) => m[1] === "elu").map((m) => m[2])).toEqual([...EXPORT_TARGETS]);
    for (const [, name, target, text] of shown) expect(text, `${name} ${target}`).toBe(forge.get(name!).toCode(target as ExportTargetName));
  });
});

describe("toCode's contract", () => {
  const gelu = forge.get("gelu");
  it("names the function after the expression, with the target's style, parameters last with their defaults", () => {
    expect(forge.get("leaky_relu").toCode("numpy")).toContain("def leaky_relu(x, alpha=0.01):");
    expect(forge.get("leaky_relu").toCode("js")).toContain("function leakyRelu(x, alpha = 0.01) {");
    expect(forge.get("leaky_relu").toCode("c")).toContain("double leaky_relu(double x, double alpha) {");
    expect(gelu.toCode("torch", { name: "my gelu" })).toContain("def my_gelu(x):");
  });
  it("puts the formula's SymPy text in a comment at the top", () => {
    for (const target of EXPORT_TARGETS) expect(gelu.toCode(target).split("\n")[0]).toContain(gelu.toString());
  });
  it("exports the stabilized form unless stable is false", () => {
    const softplus = forge.get("softplus");
    expect(softplus.toCode("numpy")).toContain("np.log1p(1.0 / e)");
    expect(softplus.toCode("numpy", { stable: false })).toContain("np.log(np.exp(x) + 1.0)");
  });
  it("emits the gradient with withGradient, one function per input", () => {
    expect(gelu.toCode("numpy", { withGradient: true })).toContain("def gelu_grad(x):");
    const mse = forge.get("mse").toCode("js", { withGradient: true });
    expect(mse).toContain("function mseGradYPred(y_pred, y_true)");
    expect(mse).toContain("function mseGradYTrue(y_pred, y_true)");
  });
  it("refuses with typed errors", () => {
    expect(() => gelu.toCode("fortran" as ExportTargetName)).toThrow(ArgumentError);
    expect(() => gelu.toCode("numpy", { name: 3 as unknown as string })).toThrow(ArgumentError);
    expect(() => toCode(parse("x[i] + x"), "numpy", { inputs: ["x"] })).toThrow(/used bare/);
    expect(() => forge.get("softmax").toCode("numpy", { classIndex: true })).toThrow(/has no class-index form/);
    expect(() => toCode(parse("Sum(x[j], (j, 0, n - 1)) + z"), "js", { inputs: ["x"] })).toThrow(ArgumentError);
    // A function the user defines has a kernel but no template in any target.
    defineFunction({ name: "export_test_fn", minArgs: 1, maxArgs: 1, params: ["x"], kernel: (x: number) => 2 * x, partials: ["2"], description: "2x, defined by a test." });
    for (const target of EXPORT_TARGETS) expect(() => toCode(parse("export_test_fn(x)"), target, { inputs: ["x"] })).toThrow(/Cannot export export_test_fn to/);
    expect(() => toCode(parse("x + y"), "c", { inputs: ["x"] })).toThrow(ArgumentError);
  });
  it("exports a parsed formula along the last axis with its gradient (here logsumexp's, the softmax)", () => {
    const code = toCode(parse("log(Sum(exp(x[j]), (j, 0, n - 1)))"), "js", { name: "lse", inputs: ["x"], withGradient: true });
    const [lse, grad] = new Function(`"use strict";\n${code}\nreturn [lse, lseGrad];`)() as [(x: number[]) => number, (x: number[]) => Float64Array];
    const x = [1000, 999, -5];
    const s = [1, Math.exp(-1), Math.exp(-1005)];
    const total = s[0]! + s[1]! + s[2]!;
    expect(lse(x)).toBeCloseTo(1000 + Math.log(total), 12);
    [...grad(x)].forEach((g, k) => expect(g).toBeCloseTo(s[k]! / total, 15));
  });

  it("renames what would clash with the target's keywords", () => {
    expect(toCode(parse("lambda_ + x"), "numpy", { name: "lambda", inputs: ["x", "lambda_"] })).toContain("def lambda_(x, lambda__):");
  });
});
