/**
 * The "tfjs" target: a TypeScript function of TensorFlow.js tensors (tf.* operations, vectorized, inside
 * tf.tidy). Piecewise is tf.where over both branches, the NaN rule of Piecewise spelled with tf.isNaN.
 * TensorFlow.js computes in float32 by default, so its results carry float32 accuracy. The special functions
 * tfjs lacks (gamma, the polygammas, beta, the inverse error functions, the incomplete gammas) are computed on
 * the JavaScript side, elementwise, by the helpers of special.ts.
 */
import { ArgumentError, UnsupportedExportError } from "../errors.js";
import type { RelOp } from "../node.js";
import type { Cond, Value } from "../compile/lower.js";
import { SPECIAL_FUNCTIONS, specialHelpers } from "./special.js";
import { type ExportFunction, type ExportTarget, HelperSet } from "./target.js";

type Template = (args: readonly string[], helper: (name: string) => string) => string;
const call = (f: string): Template => (args) => `${f}(${args.join(", ")})`;
const nested = (f: string): Template => (args) => args.slice(1).reduce((acc, a) => `${f}(${acc}, ${a})`, args[0]!);

const HELPERS: ReadonlyMap<string, string> = new Map([
  [
    "_hypot",
    "function _hypot(x: tf.Tensor, y: tf.Tensor): tf.Tensor {\n  // max*sqrt(1 + (min/max)**2): no overflow of the squares.\n  const big = tf.maximum(tf.abs(x), tf.abs(y));\n  const small = tf.minimum(tf.abs(x), tf.abs(y));\n  const zero = tf.equal(big, 0);\n  const ratio = tf.div(small, tf.where(zero, tf.onesLike(big), big));\n  return tf.where(zero, tf.zerosLike(big), tf.mul(big, tf.sqrt(tf.add(1, tf.square(ratio)))));\n}",
  ],
]);

/**
 * The special functions TensorFlow.js lacks: special.ts's scalar helpers, applied on the JavaScript side
 * (dataSync) in float64 and returned as a float32 tensor; no gradient flows through them.
 */
const ELEMENTWISE =
  "function _elementwise(f: (...v: number[]) => number, ...args: (tf.Tensor | number)[]): tf.Tensor {\n" +
  "  // Computed element by element on the JavaScript side (dataSync), in float64: no gradient flows through it.\n" +
  "  const tensors = args.map((a) => (typeof a === \"number\" ? tf.scalar(a) : a));\n" +
  "  const shape = tensors.reduce((acc: tf.Tensor, t) => tf.add(acc, tf.zerosLike(t)), tf.scalar(0)).shape;\n" +
  "  const data = tensors.map((t) => tf.broadcastTo(t, shape).dataSync());\n" +
  "  const values = Float32Array.from(data[0]!, (_, i) => f(...data.map((d) => d[i]!)));\n" +
  "  return tf.tensor(values, shape);\n" +
  "}";
const SPECIAL: ReadonlyMap<string, [string, string][]> = new Map(SPECIAL_FUNCTIONS.map((fn) => [fn, specialHelpers(fn, "ts")]));
const TEXTS: ReadonlyMap<string, string> = new Map([...HELPERS, ["_elementwise", ELEMENTWISE], ...[...SPECIAL.values()].flat()]);
const elementwise = (texts: readonly [string, string][]): Template => (args, helper) => {
  for (const [name] of texts) helper(name);
  return `${helper("_elementwise")}(${[texts[texts.length - 1]![0], ...args].join(", ")})`;
};

const FUNCTIONS: ReadonlyMap<string, Template> = new Map<string, Template>([
  ...["exp", "log", "sqrt", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "sign", "floor", "atan2", "erf", "sigmoid", "softplus"].map(
    (f) => [f, call(`tf.${f}`)] as const,
  ),
  ["Abs", call("tf.abs")],
  ["ceiling", call("tf.ceil")],
  ["Max", nested("tf.maximum")],
  ["Min", nested("tf.minimum")],
  ["hypot", (args, helper) => `${helper("_hypot")}(${args.join(", ")})`],
  ["cbrt", ([x]) => `tf.mul(tf.sign(${x}), tf.pow(tf.abs(${x}), 1 / 3))`],
  ["erfc", ([x]) => `tf.sub(1, tf.erf(${x}))`],
  ["dsigmoid", ([x]) => `tf.mul(tf.sigmoid(${x}), tf.sigmoid(tf.neg(${x})))`],
  ["Heaviside", ([x, h0]) => `tf.where(tf.greater(${x}, 0), 1, tf.where(tf.less(${x}, 0), 0, tf.where(tf.equal(${x}, 0), ${h0 ?? "0.5"}, ${x})))`],
  ...[...SPECIAL].map(([fn, texts]) => [fn, elementwise(texts)] as const),
]);
const REPEATS = new Set(["cbrt", "dsigmoid", "Heaviside"]);

const RELATIONS: ReadonlyMap<RelOp, string> = new Map<RelOp, string>([
  [">", "greater"],
  [">=", "greaterEqual"],
  ["<", "less"],
  ["<=", "lessEqual"],
  ["==", "equal"],
  ["!=", "notEqual"],
]);

/** JavaScript number text (TensorFlow.js takes numbers wherever it takes tensors). */
const numberText = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));

function print(v: Value, names: readonly string[], helper: (name: string) => string): string {
  const go = (w: Value) => print(w, names, helper);
  const cond = (c: Cond): string => {
    if (c.op === "isnan") return c.args.map((a) => `tf.isNaN(${go(a)})`).reduce((acc, t) => `tf.logicalOr(${acc}, ${t})`);
    const op = RELATIONS.get(c.rel);
    if (op === undefined) throw new ArgumentError(`Cannot export the relation '${c.rel}'.`);
    return `tf.${op}(${go(c.a)}, ${go(c.b)})`;
  };
  switch (v.op) {
    case "num":
      return numberText(v.value);
    case "ref":
      return names[v.id]!;
    case "add":
      return v.args.map(go).reduce((acc, a) => `tf.add(${acc}, ${a})`);
    case "mul":
      return v.args.map(go).reduce((acc, a) => `tf.mul(${acc}, ${a})`);
    case "div":
      return `tf.div(${go(v.num)}, ${go(v.den)})`;
    case "pow": {
      const b = go(v.base);
      if (v.exp.op !== "num") return `tf.pow(${b}, ${go(v.exp)})`;
      const e = v.exp.value;
      return e === 1 ? b : e === 2 ? `tf.square(${b})` : e === 0.5 ? `tf.sqrt(${b})` : e === -0.5 ? `tf.rsqrt(${b})` : e === -1 ? `tf.reciprocal(${b})` : `tf.pow(${b}, ${numberText(e)})`;
    }
    case "call": {
      const template = FUNCTIONS.get(v.fn);
      if (!template) throw new UnsupportedExportError(v.fn, "tfjs");
      return template(v.args.map(go), helper);
    }
    case "select":
      return `tf.where(${cond(v.cond)}, ${go(v.then)}, ${go(v.else)})`;
    case "test":
      return `tf.cast(${cond(v.cond)}, "float32")`;
  }
}

const TS_RESERVED = ["tf", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "await", "arguments", "eval", "NaN", "Infinity", "undefined", "number", "string", "type"];

function render(functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const helper = (name: string): string => {
    helpers.add(name, TEXTS.get(name)!);
    return name;
  };
  const defs = functions.map(({ name, formula, program, names, defaults }) => {
    const inputs = program.slots.flatMap((s, id) => (s.kind === "input" ? [`${names[id]}: tf.Tensor | number`] : []));
    const count = inputs.length;
    const params = program.slots.flatMap((s, id) => (s.kind === "param" ? [`${names[id]}: tf.Tensor | number = ${numberText(defaults[id - count]!)}`] : []));
    const statements = [...program.hoisted, ...program.perElement].map((id) => `    const ${names[id]} = ${print(program.slots[id]!.value!, names, helper)};`);
    return [
      `/** ${formula} */`,
      `export function ${name}(${[...inputs, ...params].join(", ")}): tf.Tensor {`,
      "  return tf.tidy(() => {",
      ...statements,
      // A constant still has the input's shape; tf.add makes a tensor of an input passed as a number.
      program.result.op === "num" && count > 0 ? `    return tf.add(tf.zerosLike(${names[0]}), ${numberText(program.result.value)});` : `    return tf.add(${print(program.result, names, helper)}, 0);`,
      "  });",
      "}",
    ].join("\n");
  });
  const importLine = (binding: string, module: string) => `import ${binding} from "${module}";`;
  return `${[[...functions.map((f) => `// ${f.name}: ${f.formula}`), importLine("* as tf", "@tensorflow/tfjs")].join("\n"), ...helpers.sources, ...defs].join("\n\n")}\n`;
}

export const tfjsTarget: ExportTarget = { name: "tfjs", style: "camel", reserved: new Set([...TS_RESERVED, ...TEXTS.keys()]), atomicArgs: (fn) => REPEATS.has(fn), supports: (fn) => FUNCTIONS.has(fn), render };
