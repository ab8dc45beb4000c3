/**
 * JavaScript: the templates of the lowered operations and of the functions, in one place for the code
 * generators that print JavaScript (scalar and loop kernels in compile.ts, row kernels in rows.ts, the "js"
 * export target), so that generated code cannot drift apart.
 */
import { ArgumentError } from "../errors.js";
import type { Value } from "./lower.js";
import { type InfixSyntax, type Printed, PREC, infixPow, printInfix } from "./render.js";
import { numberSource } from "./semantics.js";

const mathCall = (name: string) => (args: readonly string[]) => `Math.${name}(${args.join(", ")})`;

/** Functions printed inline; their template may repeat an argument, so arguments are literals or names. */
const INLINE: ReadonlyMap<string, (args: readonly string[]) => string> = new Map([
  ...["exp", "log", "sqrt", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "hypot", "sign", "floor", "atan2", "cbrt"].map(
    (name) => [name, mathCall(name)] as const,
  ),
  ["Abs", mathCall("abs")],
  ["Max", mathCall("max")],
  ["Min", mathCall("min")],
  ["ceiling", mathCall("ceil")],
  // With h0 = 0 (every derivative of Max/Min) one comparison less; NaN still propagates.
  ["Heaviside", ([x, h0]) => (h0 === "0" ? `(${x} > 0 ? 1 : ${x} <= 0 ? 0 : NaN)` : `(${x} > 0 ? 1 : ${x} < 0 ? 0 : ${x} === 0 ? ${h0 ?? "0.5"} : NaN)`)],
]);

/**
 * Functions written as JavaScript helpers (text of a function of the given name), emitted into the generated
 * text: the kernels of the records (the interpreter's semantics), spelled the same way so that compiled and
 * interpreted values agree to the bit.
 */
export const JS_HELPERS: ReadonlyMap<string, (name: string) => string> = new Map([
  ["sigmoid", (name: string) => `function ${name}(x) {\n  const e = Math.exp(x);\n  return e === Infinity ? 1 : e / (1 + e);\n}`],
  ["dsigmoid", (name: string) => `function ${name}(x) {\n  const e = Math.exp(x);\n  if (e > 1e150) return e === Infinity ? Math.exp(-x) : 1 / e;\n  const d = 1 + e;\n  return e / (d * d);\n}`],
  ["softplus", (name: string) => `function ${name}(x) {\n  const e = Math.exp(x);\n  return x >= 0 ? x + Math.log1p(1 / e) : Math.log1p(e);\n}`],
]);

/**
 * The same functions given e = e^x as a second argument, which the lowering passes to them in the compiled
 * kernels (`expForms`), so that one exp serves every one of them and the kernel's own e^x (mish', swish',
 * gelu'). The operations after the exp are those of the helpers above: the values are the same to the bit.
 */
const JS_EXP_HELPERS: ReadonlyMap<string, (name: string) => string> = new Map([
  ["sigmoid_e", (name: string) => `function ${name}(x, e) {\n  return e === Infinity ? 1 : e / (1 + e);\n}`],
  ["dsigmoid_e", (name: string) => `function ${name}(x, e) {\n  if (e > 1e150) return e === Infinity ? Math.exp(-x) : 1 / e;\n  const d = 1 + e;\n  return e / (d * d);\n}`],
  ["softplus_e", (name: string) => `function ${name}(x, e) {\n  return x >= 0 ? x + Math.log1p(1 / e) : Math.log1p(e);\n}`],
]);

/** The functions with a helper that takes their e^x (`sigmoid` for `sigmoid_e`). */
export const JS_EXP_FORMS: ReadonlySet<string> = new Set([...JS_EXP_HELPERS.keys()].map((name) => name.slice(0, -"_e".length)));

/** The helper text of a function the compiler writes in JavaScript (above), by the name it is called with. */
export const jsHelper = (name: string): ((name: string) => string) | undefined => JS_HELPERS.get(name) ?? JS_EXP_HELPERS.get(name);

/** Whether the JavaScript template of fn repeats its arguments (then they must be literals or names). */
export const jsNeedsAtoms = (fn: string): boolean => INLINE.has(fn);

export interface JsNames {
  /** The name of an input, parameter or temporary. */
  readonly ref: (id: number) => string;
  /** The identifier to call for a function without an inline template (a helper or a numeric kernel). */
  readonly fn: (name: string) => string;
  /** The identifier of pow for an exponent that is not a small literal (powReal, or Math.pow). */
  readonly pow: string;
}

const JS_RELATIONS: ReadonlyMap<string, string> = new Map([
  [">", ">"],
  [">=", ">="],
  ["<", "<"],
  ["<=", "<="],
  ["==", "==="],
  ["!=", "!=="],
]);

/** A relation's JavaScript operator (equality is strict), from a fixed table: nothing else reaches the code. */
function jsRelation(op: string): string {
  const js = JS_RELATIONS.get(op);
  if (js === undefined) throw new ArgumentError(`Cannot compile the relation '${op}'.`);
  return js;
}

const infix = (text: string, prec: number): Printed => ({ text, prec });

/** The JavaScript spelling of the lowered operations. */
export function jsSyntax(names: JsNames): InfixSyntax {
  return {
    num: (v) => infix(numberSource(v), PREC.atom),
    ref: names.ref,
    pow: (b, e, eSource) => infixPow(b, e, eSource, { one: "1", sqrt: "Math.sqrt", pow: names.pow }),
    // An exp form with its e^x (JS_EXP_FORMS) calls the helper that takes it.
    call: (fn, args) => INLINE.get(fn)?.(args) ?? `${names.fn(args.length === 2 && JS_EXP_FORMS.has(fn) ? `${fn}_e` : fn)}(${args.join(", ")})`,
    cmp: (rel, a, b) => `${a} ${jsRelation(rel)} ${b}`,
    isnan: (args) => args.map((a) => `${a} !== ${a}`).join(" || "),
    select: (cond, then, otherwise) => infix(`${cond} ? ${then} : ${otherwise}`, PREC.select),
    test: (cond) => infix(`${cond} ? 1 : 0`, PREC.select),
  };
}

/** JavaScript source of a lowered value. */
export const jsSource = (v: Value, names: JsNames): string => printInfix(v, jsSyntax(names)).text;
