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
import type { ReduceOp } from "../compile/lower-rows.js";
import { jsNeedsAtoms, jsSource } from "../compile/templates.js";
import { axesOf, printArrayStatements, usesOnly } from "./arrays.js";
import { SPECIAL_FUNCTIONS, specialHelpers } from "./special.js";
import { type ExportFunction, type ExportTarget, HelperSet, type RowsFunction } from "./target.js";

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

/** A value's text; `where` is the selection's function (rows: a tf.where that broadcasts all three). */
function print(v: Value, names: readonly string[], helper: (name: string) => string, where = "tf.where"): string {
  const go = (w: Value) => print(w, names, helper, where);
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
      return `${where}(${cond(v.cond)}, ${go(v.then)}, ${go(v.else)})`;
    case "test":
      return `tf.cast(${cond(v.cond)}, "float32")`;
  }
}

/** Helpers of formulas along the last axis: a gather, and the reduction records along an axis (kept). */
const ROW_HELPERS: ReadonlyMap<string, string> = new Map([
  [
    "_where",
    `function _where(condition: tf.Tensor, a: tf.Tensor | number, b: tf.Tensor | number): tf.Tensor {
  // tf.where with all three broadcast against each other (tf.where broadcasts the condition only to the branches).
  const [x, y] = [tf.add(a, 0), tf.add(b, 0)];
  const shape = tf.backend_util.assertAndGetBroadcastShape(tf.backend_util.assertAndGetBroadcastShape(condition.shape, x.shape), y.shape);
  return tf.where(tf.broadcastTo(condition, shape), tf.broadcastTo(x, shape), tf.broadcastTo(y, shape));
}`,
  ],
  [
    "_take",
    `function _take(x: tf.Tensor, index: tf.Tensor | number, axes: number): tf.Tensor {
  // x[..., index] along the last axis: each row's elements at whole-number indices (a tensor over the row's axes);
  // 0 at an index outside the row (read only by a where's branch not taken).
  const n = x.shape[x.shape.length - 1]!;
  const rows = tf.reshape(x, [...x.shape.slice(0, -1), ...new Array<number>(axes).fill(1), n]);
  const hit = tf.equal(tf.expandDims(index, -1), tf.range(0, n));
  return tf.sum(_where(hit, rows, 0), -1);
}`,
  ],
  [
    "_alongLast",
    `function _alongLast(values: tf.Tensor, axis: number, f: (last: tf.Tensor) => tf.Tensor): tf.Tensor {
  // f along the last axis of values with the axis moved there; its result (length 1 there) moved back.
  const rank = values.shape.length;
  const at = rank + axis;
  const perm = [...Array(rank).keys()].filter((d) => d !== at).concat([at]);
  const back = [...Array(rank).keys()].map((d) => perm.indexOf(d));
  return tf.transpose(f(tf.transpose(values, perm)), back);
}`,
  ],
  [
    "_sparsemaxThreshold",
    `function _sparsemaxThreshold(values: tf.Tensor, axis: number): tf.Tensor {
  // Sparsemax's tau along axis (Martins & Astudillo 2016, Algorithm 1), on the values shifted by their maximum.
  return _alongLast(values, axis, (v) => {
    const m = v.shape[v.shape.length - 1]!;
    const top = tf.max(v, -1, true);
    const z = tf.topk(tf.sub(v, top), m).values;
    const sums = tf.cumsum(z, z.shape.length - 1);
    const count = tf.range(1, m + 1);
    const k = tf.maximum(tf.max(_where(tf.greater(tf.add(1, tf.mul(count, z)), sums), count, 0), -1, true), 1);
    const picked = tf.sum(_where(tf.equal(count, k), sums, 0), -1, true);
    const tau = tf.add(top, tf.div(tf.sub(picked, 1), k));
    return _where(tf.equal(tf.sub(top, top), 0), tau, NaN);
  });
}`,
  ],
  [
    "_quantile",
    `function _quantile(values: tf.Tensor, q: number, axis: number): tf.Tensor {
  // NumPy's default ("linear") quantile along axis.
  return _alongLast(values, axis, (v) => {
    const m = v.shape[v.shape.length - 1]!;
    const sorted = tf.reverse(tf.topk(v, m).values, -1);
    const h = (m - 1) * q;
    const lo = Math.floor(h);
    const g = h - lo;
    const a = tf.slice(sorted, [...Array(v.shape.length - 1).fill(0), lo], [...v.shape.slice(0, -1), 1]);
    const b = tf.slice(sorted, [...Array(v.shape.length - 1).fill(0), Math.min(lo + 1, m - 1)], [...v.shape.slice(0, -1), 1]);
    const lerp = g >= 0.5 ? tf.sub(b, tf.mul(tf.sub(b, a), 1 - g)) : tf.add(a, tf.mul(tf.sub(b, a), g));
    return g === 0 ? a : _where(tf.equal(a, b), a, lerp);
  });
}`,
  ],
  [
    "_quantileWeight",
    `function _quantileWeight(values: tf.Tensor, q: number, t: tf.Tensor | number, axis: number): tf.Tensor {
  // d quantile(values, q) / d values[t] along axis: 1 - g at the lower order statistic, g at the next (ties by position).
  const m = values.shape[values.shape.length + axis]!;
  const position = tf.reshape(tf.range(0, m), [-1, ...new Array<number>(-1 - axis).fill(1)]);
  const at = tf.sum(_where(tf.equal(position, t), values, 0), axis, true);
  const before = tf.logicalOr(tf.less(values, at), tf.logicalAnd(tf.equal(values, at), tf.less(position, t)));
  const rank = tf.sum(tf.cast(before, "float32"), axis, true);
  const lo = Math.floor((m - 1) * q);
  const g = (m - 1) * q - lo;
  return tf.add(tf.mul(tf.cast(tf.equal(rank, lo), "float32"), 1 - g), tf.mul(tf.cast(tf.equal(rank, lo + 1), "float32"), g));
}`,
  ],
]);

const TS_RESERVED = ["tf", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "await", "arguments", "eval", "NaN", "Infinity", "undefined", "number", "string", "type"];

/**
 * A formula along the last axis, vectorized: vector inputs are tensors whose last axis is the row (any batch
 * axes before it), a row input (a class index) has the batch shape; the result has the batch shape, then the
 * output's lengths.
 */
function rowsFunction({ name, formula, rows, names, defaults }: RowsFunction, helper: (name: string) => string): string {
  const slots = rows.slots;
  const ids = (kind: string) => slots.flatMap((slot, id) => (slot.kind === kind ? [id] : []));
  const vectors = ids("input").filter((id) => (slots[id] as { role?: string }).role === "vector");
  const first = names[vectors[0]!]!;
  const axes = axesOf(rows);
  const size = ids("size")[0]!;
  // A row input is used with the row's axes, of length 1.
  const shown = names.map((n, id) => (slots[id]!.kind === "input" && !vectors.includes(id) ? `tf.reshape(${n}, [...${n}.shape, ${Array(axes).fill(1).join(", ")}])` : n));
  const value = (v: Value) => print(v, shown, (h) => (h === "_where" || helper("_where"), helper(h)), helper("_where"));
  // What depends on n and the parameters only (bounds, lengths, constants) is a JavaScript number, where Math
  // has its functions (tf.range and the shapes take numbers).
  const scalar = (v: Value): string => (usesOnly(v, jsNeedsAtoms) ? jsSource(v, { ref: (id) => names[id]!, fn: (f) => f, pow: "Math.pow" }) : value(v));
  const reductions: ReadonlyMap<ReduceOp, (t: string, axis: number, extra: readonly string[], from: string) => string> = new Map([
    ["sum", (t, axis) => `tf.sum(${t}, ${axis}, true)`],
    ["max", (t, axis) => `tf.max(${t}, ${axis}, true)`],
    ["SparsemaxThreshold", (t, axis) => (helper("_alongLast"), `${helper("_sparsemaxThreshold")}(${t}, ${axis})`)],
    ["Quantile", (t, axis, [q]) => (helper("_alongLast"), `${helper("_quantile")}(${t}, ${q}, ${axis})`)],
    ["QuantileWeight", (t, axis, [q, at], from) => `${helper("_quantileWeight")}(${t}, ${q}, ${from === "0" ? at : `tf.sub(${at}, ${from})`}, ${axis})`],
  ]);
  const statements = printArrayStatements(rows, shown, {
    value,
    scalar,
    assign: (n, text) => `const ${n} = ${text};`,
    view: (x, axis, count) => (count === 1 ? x : `tf.reshape(${x}, [...${x}.shape.slice(0, -1), ${[...Array(axis).fill("1"), names[size], ...Array(count - 1 - axis).fill("1")].join(", ")}])`),
    range: (from, stop, axis, count) => (count - 1 - axis === 0 ? `tf.range(${from}, ${stop})` : `tf.reshape(tf.range(${from}, ${stop}), [-1, ${Array(count - 1 - axis).fill(1).join(", ")}])`),
    take: (x, index, count) => `${helper("_take")}(${x}, ${index}, ${count})`,
    spread: (t, index) => `tf.add(${t}, tf.mul(0, ${index}))`,
    reduce: (op, t, axis, extra, from) => reductions.get(op)!(t, axis, extra, from),
  });
  const inputs = ids("input").map((id) => `${names[id]}: tf.Tensor`);
  const params = ids("param").map((id, k) => `${names[id]}: number = ${numberText(defaults[k]!)}`);
  const batch = ids("input").map((id) => (vectors.includes(id) ? `${names[id]}.shape.slice(0, -1)` : `${names[id]}.shape`));
  const lengths = rows.loops.map((l) => scalar(l.extent));
  const drop = axes - rows.loops.length;
  const shape = `[...${batch.reduce((a, b) => `tf.backend_util.assertAndGetBroadcastShape(${a}, ${b})`)}, ${[...lengths, ...Array(drop).fill("1")].join(", ")}]`;
  const full = `tf.broadcastTo(tf.add(${value(rows.result)}, 0), ${shape})`;
  const kept = [...lengths].join(", ");
  return [
    `/** ${formula} */`,
    `export function ${name}(${[...inputs, ...params].join(", ")}): tf.Tensor {`,
    "  return tf.tidy(() => {",
    `    const ${names[size]} = ${first}.shape[${first}.shape.length - 1]!;`,
    ...statements.map((l) => `    ${l}`),
    drop === 0 ? `    return ${full};` : `    return tf.reshape(${full}, [...${batch.reduce((a, b) => `tf.backend_util.assertAndGetBroadcastShape(${a}, ${b})`)}${kept ? `, ${kept}` : ""}]);`,
    "  });",
    "}",
  ].join("\n");
}

function render(functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const helper = (name: string): string => {
    helpers.add(name, TEXTS.get(name) ?? ROW_HELPERS.get(name)!);
    return name;
  };
  const defs = functions.map((f) => {
    if (f.rows) return rowsFunction(f, helper);
    const { name, formula, program, names, defaults } = f;
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

export const tfjsTarget: ExportTarget = { name: "tfjs", style: "camel", reserved: new Set([...TS_RESERVED, ...TEXTS.keys(), ...ROW_HELPERS.keys()]), atomicArgs: (fn) => REPEATS.has(fn), supports: (fn) => FUNCTIONS.has(fn), render };
