/**
 * JavaScript: the templates of the lowered operations and of the functions, in one place for the code
 * generators that print JavaScript (scalar and loop kernels in compile.ts, row kernels in rows.ts, the "js"
 * export target), so that generated code cannot drift apart.
 */
import { ArgumentError } from "../errors.js";
import { type Program, type Value, operandsOf } from "./lower.js";
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
  // exp is only ever taken of a non-positive number.
  ["sigmoid", (name: string) => `function ${name}(x) {\n  if (x >= 0) return 1 / (1 + Math.exp(-x));\n  const t = Math.exp(x);\n  return t / (1 + t);\n}`],
  // t = sigmoid(-|x|) <= 1/2, so 1 - t does not cancel.
  ["dsigmoid", (name: string) => `function ${name}(x) {\n  const e = Math.exp(-Math.abs(x));\n  const t = e / (1 + e);\n  return t * (1 - t);\n}`],
  ["softplus", (name: string) => `function ${name}(x) {\n  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));\n}`],
]);

/**
 * The sigmoid family given its exp, for a kernel that computes the exp once for several calls: e = e^-|x|
 * (sigmoid and sigmoid' of one x in gelu') or ex = e^x (sigmoid(x) in mish', which has e^x). The operations
 * are those of the helpers above, so the values are the same to the bit.
 */
const SHARED_EXP_HELPERS: ReadonlyMap<string, string> = new Map([
  ["sigmoid", "function sigmoid_e(x, e) {\n  return x >= 0 ? 1 / (1 + e) : e / (1 + e);\n}"],
  ["dsigmoid", "function dsigmoid_e(x, e) {\n  const t = e / (1 + e);\n  return t * (1 - t);\n}"],
  ["softplus", "function softplus_e(x, e) {\n  return Math.max(x, 0) + Math.log1p(e);\n}"],
]);
const SIGMOID_OF_EXP = "function sigmoid_ex(x, ex) {\n  return x >= 0 ? 1 / (1 + Math.exp(-x)) : ex / (1 + ex);\n}";

export interface ExpSharing {
  /** `const eN = Math.exp(-Math.abs(x));` by the slot id of x: to run after x is defined. */
  readonly statements: ReadonlyMap<number, string>;
  /** The call that uses a shared exp, or undefined. */
  readonly call: (fn: string, values: readonly Value[]) => string | undefined;
  /** Marks a temporary as computed: statements are rendered in order, and only an e^x computed already is reused. */
  readonly define: (id: number) => void;
  readonly helpers: readonly string[];
}

/** Where a program calls two of sigmoid, sigmoid' and softplus of one reference, or sigmoid of x beside e^x. */
export function jsExpSharing(program: Program, ref: (id: number) => string): ExpSharing {
  const family = new Map<number, Set<string>>();
  const expOf = new Map<number, number>();
  const visit = (v: Value): void => {
    const arg = v.op === "call" && v.args.length === 1 ? v.args[0]! : undefined;
    if (v.op === "call" && SHARED_EXP_HELPERS.has(v.fn) && arg?.op === "ref") family.set(arg.id, (family.get(arg.id) ?? new Set()).add(v.fn));
    operandsOf(v).forEach(visit);
  };
  program.slots.forEach((slot, id) => {
    if (slot.value === undefined) return;
    visit(slot.value);
    if (slot.value.op === "call" && slot.value.fn === "exp" && slot.value.args[0]!.op === "ref") expOf.set(slot.value.args[0]!.id, id);
  });
  visit(program.result);
  const statements = new Map<number, string>();
  const helpers = new Set<string>();
  const shared = new Map<number, string>();
  const defined = new Set<number>();
  for (const [id, fns] of family) {
    if (fns.size < 2) continue;
    const e = `e${statements.size}`;
    statements.set(id, `const ${e} = Math.exp(-Math.abs(${ref(id)}));`);
    shared.set(id, e);
  }
  const call = (fn: string, values: readonly Value[]): string | undefined => {
    const arg = values[0];
    if (!SHARED_EXP_HELPERS.has(fn) || values.length !== 1 || arg?.op !== "ref") return undefined;
    const e = shared.get(arg.id);
    if (e !== undefined) {
      helpers.add(SHARED_EXP_HELPERS.get(fn)!);
      return `${fn}_e(${ref(arg.id)}, ${e})`;
    }
    const ex = expOf.get(arg.id);
    if (fn !== "sigmoid" || ex === undefined || !defined.has(ex)) return undefined;
    helpers.add(SIGMOID_OF_EXP);
    return `sigmoid_ex(${ref(arg.id)}, ${ref(ex)})`;
  };
  return { statements, call, define: (id) => void defined.add(id), get helpers() { return [...helpers]; } };
}

/** Whether the JavaScript template of fn repeats its arguments (then they must be literals or names). */
export const jsNeedsAtoms = (fn: string): boolean => INLINE.has(fn);

export interface JsNames {
  /** The name of an input, parameter or temporary. */
  readonly ref: (id: number) => string;
  /** The identifier to call for a function without an inline template (a helper or a numeric kernel). */
  readonly fn: (name: string) => string;
  /** The identifier of pow for an exponent that is not a small literal (powReal, or Math.pow). */
  readonly pow: string;
  /** A call spelled with a shared exp (jsExpSharing), where there is one. */
  readonly shared?: (fn: string, values: readonly Value[]) => string | undefined;
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
    call: (fn, args, values) => INLINE.get(fn)?.(args) ?? names.shared?.(fn, values) ?? `${names.fn(fn)}(${args.join(", ")})`,
    cmp: (rel, a, b) => `${a} ${jsRelation(rel)} ${b}`,
    isnan: (args) => args.map((a) => `${a} !== ${a}`).join(" || "),
    select: (cond, then, otherwise) => infix(`${cond} ? ${then} : ${otherwise}`, PREC.select),
    test: (cond) => infix(`${cond} ? 1 : 0`, PREC.select),
  };
}

/** JavaScript source of a lowered value. */
export const jsSource = (v: Value, names: JsNames): string => printInfix(v, jsSyntax(names)).text;
