/**
 * The "c" target: C99 functions of doubles using only <math.h>. Piecewise is a ternary (only the taken branch
 * is computed); Max and Min are helpers with JavaScript's semantics (NaN propagates, +0 above -0), which
 * fmax and fmin do not have. The special functions beyond tgamma and lgamma are helpers of special.ts.
 */
import { ArgumentError, UnsupportedExportError } from "../errors.js";
import type { RelOp } from "../node.js";
import type { Value } from "../compile/lower.js";
import { type InfixSyntax, type Printed, PREC, infixPow, printInfix } from "../compile/render.js";
import { SPECIAL_FUNCTIONS, rowHelpers, specialHelpers } from "./special.js";
import { type LoopSyntax, integerText, printRowBody } from "../compile/loops.js";
import { type ExportFunction, type ExportTarget, HelperSet, type RowsFunction, floatText } from "./target.js";

const HELPERS: ReadonlyMap<string, string> = new Map([
  ["ng_sigmoid", "static double ng_sigmoid(double x) {\n    /* from e = e^x, as the library: 1 where e overflows */\n    const double e = exp(x);\n    return isinf(e) ? 1.0 : e / (1.0 + e);\n}"],
  ["ng_dsigmoid", "static double ng_dsigmoid(double x) {\n    /* sigmoid(x)*sigmoid(-x) = e/(1 + e)^2 from e = e^x, as the library: 1/e where (1 + e)^2 would overflow, e^-x where e does */\n    const double e = exp(x);\n    if (e > 1e150) return isinf(e) ? exp(-x) : 1.0 / e;\n    const double d = 1.0 + e;\n    return e / (d * d);\n}"],
  ["ng_softplus", "static double ng_softplus(double x) {\n    /* log(1 + e) from e = e^x without overflow or cancellation: x + log1p(1/e) from x = 0 on */\n    const double e = exp(x);\n    return x >= 0 ? x + log1p(1.0 / e) : log1p(e);\n}"],
  ["ng_max", "static double ng_max(double a, double b) {\n    if (isnan(a) || isnan(b)) return NAN;\n    if (a == b) return signbit(a) ? b : a;\n    return a > b ? a : b;\n}"],
  ["ng_min", "static double ng_min(double a, double b) {\n    if (isnan(a) || isnan(b)) return NAN;\n    if (a == b) return signbit(a) ? a : b;\n    return a < b ? a : b;\n}"],
]);

/** The special functions <math.h> lacks, as helpers of special.ts (tgamma and lgamma it has). */
const SPECIAL: ReadonlyMap<string, [string, string][]> = new Map(SPECIAL_FUNCTIONS.filter((fn) => fn !== "gamma" && fn !== "loggamma").map((fn) => [fn, specialHelpers(fn, "c")]));
const TEXTS: ReadonlyMap<string, string> = new Map([...HELPERS, ...[...SPECIAL.values()].flat()]);

type Template = (args: readonly string[], helper: (name: string) => string) => string;
const call = (f: string): Template => (args) => `${f}(${args.join(", ")})`;
const viaHelper = (name: string): Template => (args, helper) => `${helper(name)}(${args.join(", ")})`;
/** A special function: its helpers (dependencies first), then a call of the last. */
const special = (texts: readonly [string, string][]): Template => (args, helper) => {
  for (const [name] of texts) helper(name);
  return `${texts[texts.length - 1]![0]}(${args.join(", ")})`;
};
const nested = (name: string): Template => (args, helper) => args.slice(1).reduce((acc, a) => `${helper(name)}(${acc}, ${a})`, args[0]!);

const FUNCTIONS: ReadonlyMap<string, Template> = new Map<string, Template>([
  ...["exp", "log", "sqrt", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "hypot", "floor", "atan2", "cbrt", "erf", "erfc"].map(
    (f) => [f, call(f)] as const,
  ),
  ["Abs", call("fabs")],
  ["ceiling", call("ceil")],
  ["gamma", call("tgamma")],
  // SciPy's gammaln(-inf) is -inf; C's lgamma gives +inf.
  ["loggamma", ([x]) => `(${x} == -INFINITY ? ${x} : lgamma(${x}))`],
  // sign keeps -0, +0 and NaN, as Math.sign does.
  ["sign", ([x]) => `(${x} > 0 ? 1.0 : ${x} < 0 ? -1.0 : ${x})`],
  ["Heaviside", ([x, h0]) => (h0 === "0.0" ? `(${x} > 0 ? 1.0 : ${x} <= 0 ? 0.0 : NAN)` : `(${x} > 0 ? 1.0 : ${x} < 0 ? 0.0 : ${x} == 0 ? ${h0 ?? "0.5"} : NAN)`)],
  ["Max", nested("ng_max")],
  ["Min", nested("ng_min")],
  ["sigmoid", viaHelper("ng_sigmoid")],
  ["dsigmoid", viaHelper("ng_dsigmoid")],
  ["softplus", viaHelper("ng_softplus")],
  ...[...SPECIAL].map(([fn, texts]) => [fn, special(texts)] as const),
]);
const REPEATS = new Set(["sign", "Heaviside", "loggamma"]);

/** C keywords and the names of <math.h> a variable may not shadow where the text calls them. */
export const C_RESERVED: readonly string[] = [
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int",
  "long", "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile",
  "while", "exp", "log", "sqrt", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
  "hypot", "floor", "ceil", "atan2", "cbrt", "erf", "erfc", "lgamma", "tgamma", "gamma", "fabs", "pow", "isnan", "signbit", "y0", "y1", "yn", "j0", "j1", "jn",
  "NAN", "INFINITY", "main",
];

const RELATIONS: ReadonlyMap<RelOp, string> = new Map<RelOp, string>([[">", ">"], [">=", ">="], ["<", "<"], ["<=", "<="], ["==", "=="], ["!=", "!="]]);

function syntax(names: readonly string[], helpers: HelperSet): InfixSyntax {
  const atom = (text: string): Printed => ({ text, prec: PREC.atom });
  // Guarded, so that several exported texts pasted into one file define each helper once.
  const helper = (name: string): string => {
    const guard = `NG_HELPER_${name.toUpperCase()}`;
    helpers.add(name, `#ifndef ${guard}\n#define ${guard}\n${TEXTS.get(name)!}\n#endif`);
    return name;
  };
  return {
    num: (v) => atom(Number.isNaN(v) ? "NAN" : v === Infinity ? "INFINITY" : v === -Infinity ? "(-INFINITY)" : Object.is(v, -0) ? "(-0.0)" : v < 0 ? `(${floatText(v)})` : floatText(v)),
    ref: (id) => names[id]!,
    pow: (b, e, eSource) => infixPow(b, e, eSource, { one: "1.0", sqrt: "sqrt", pow: "pow" }),
    call: (fn, args) => {
      const template = FUNCTIONS.get(fn);
      if (!template) throw new UnsupportedExportError(fn, "c");
      return template(args, helper);
    },
    cmp: (rel, a, b) => {
      const op = RELATIONS.get(rel);
      if (op === undefined) throw new ArgumentError(`Cannot export the relation '${rel}'.`);
      return `${a} ${op} ${b}`;
    },
    isnan: (args) => args.map((a) => `isnan(${a})`).join(" || "),
    select: (cond, then, otherwise) => ({ text: `${cond} ? ${then} : ${otherwise}`, prec: PREC.select }),
    test: (cond) => ({ text: `${cond} ? 1.0 : 0.0`, prec: PREC.select }),
  };
}

/**
 * A formula along the last axis: a function of one row. A vector input is a pointer to the row's n doubles, a
 * row input (a class index) a double; then the row length n, the parameters, and for a vector or matrix output
 * a pointer to its values (row-major), which the function fills. One value per row is returned.
 */
function rowsFunction({ name, formula, rows, names, defaults }: RowsFunction, helpers: HelperSet): string {
  const counter = new Set(rows.slots.flatMap((slot, id) => (slot.kind === "index" || slot.kind === "size" ? [id] : [])));
  // Indices and n are whole numbers (long); in arithmetic they are doubles, so that isnan and / are the doubles' ones.
  const s = syntax(names.map((n, id) => (counter.has(id) ? `(double)${n}` : n)), helpers);
  const value = (v: Value) => printInfix(v, s).text;
  const guarded = (helperName: string, text: string) => {
    const guard = `NG_HELPER_${helperName.toUpperCase()}`;
    helpers.add(helperName, `#ifndef ${guard}\n#define ${guard}\n${text}\n#endif`);
  };
  const helper = (op: string) => {
    const texts = rowHelpers(op, "c");
    for (const [helperName, text] of texts) guarded(helperName, text);
    return texts[texts.length - 1]![0];
  };
  const loops: LoopSyntax = {
    value,
    index: (v) => integerText(v, (id) => (counter.has(id) ? names[id] : undefined)) ?? `(long)(${value(v)})`,
    constant: (n, text) => `const double ${n} = ${text};`,
    variable: (n, text) => `double ${n} = ${text};`,
    loop: (i, from, test) => `for (long ${i} = ${from}; ${test}; ${i}++) {`,
    max: (a, b) => `${s.call("Max", [a, b], [])}`,
    // A row's buffer on the heap (a long row would overflow the stack); where malloc fails, the kernel's value is NaN.
    buffer: (n, length) => {
      helpers.add("stdlib", "#include <stdlib.h>");
      return `double *${n} = malloc(sizeof *${n} * (size_t)(${length}));`;
    },
    store: (buffer, at, term) => `if (${buffer}) ${buffer}[${at}] = ${term};`,
    kernel: (op, buffer, length, extra, from) => `${buffer} ? ${helper(op)}(${[buffer, length, ...extra.map((e, k) => (op === "QuantileWeight" && k === 1 ? `${e} - ${from}` : e))].join(", ")}) : NAN`,
    release: (buffer) => [`free(${buffer});`],
    element: (input, index) => `${input}[${index}]`,
    indent: "    ",
  };
  const args = [
    ...rows.slots.flatMap((slot, id) => (slot.kind === "input" ? [slot.role === "vector" ? `const double *${names[id]}` : `double ${names[id]}`] : [])),
    ...rows.slots.flatMap((slot, id) => (slot.kind === "size" ? [`long ${names[id]}`] : [])),
    ...rows.slots.flatMap((slot, id) => (slot.kind === "param" ? [`double ${names[id]}`] : [])),
  ];
  const params = rows.slots.flatMap((slot, id) => (slot.kind === "param" ? [names[id]!] : [])).map((p, k) => `${p} = ${floatText(defaults[k]!)}`);
  const vector = rows.loops.length > 0;
  const output = { single: (result: string) => `return ${result};`, open: () => [], store: (at: string, result: string) => `out[${at}] = ${result};`, close: [] };
  const doc = params.length > 0 ? `/* ${formula}\n   defaults: ${params.join(", ")} */` : `/* ${formula} */`;
  return [doc, `${vector ? "void" : "double"} ${name}(${[...args, ...(vector ? ["double *out"] : [])].join(", ")}) {`, ...printRowBody(rows, names, loops, output), "}"].join("\n");
}

function render(functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const defs = functions.map((f) => {
    if (f.rows) return rowsFunction(f, helpers);
    const { name, formula, program, names, defaults } = f;
    const s = syntax(names, helpers);
    const args = program.slots.flatMap((slot, id) => (slot.kind === "temp" ? [] : [`double ${names[id]}`]));
    const inputs = program.slots.filter((slot) => slot.kind === "input").length;
    const params = program.slots.flatMap((slot, id) => (slot.kind === "param" ? [`${names[id]} = ${defaults[id - inputs]}`] : []));
    const statements = [...program.hoisted, ...program.perElement].map((id) => `    const double ${names[id]} = ${printInfix(program.slots[id]!.value!, s).text};`);
    const doc = params.length > 0 ? `/* ${formula}\n   defaults: ${params.join(", ")} */` : `/* ${formula} */`;
    return [doc, `double ${name}(${args.join(", ") || "void"}) {`, ...statements, `    return ${printInfix(program.result, s).text};`, "}"].join("\n");
  });
  return `${[[...functions.map((f) => `/* ${f.name}: ${f.formula} */`), "#include <math.h>"].join("\n"), ...helpers.sources, ...defs].join("\n\n")}\n`;
}

export const cTarget: ExportTarget = { name: "c", style: "snake", reserved: new Set([...C_RESERVED, ...TEXTS.keys()]), atomicArgs: (fn) => REPEATS.has(fn), supports: (fn) => FUNCTIONS.has(fn), render };
