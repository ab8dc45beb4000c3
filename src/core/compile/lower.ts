/**
 * The lowering shared by every code generator: a stabilized tree becomes a small program of simple operations
 * (sums, products, one division, powers, calls, selections), with shared subexpressions in named temporaries,
 * work that depends on no input hoisted out of the element loop, constant subtrees folded through the
 * interpreter, and the NaN handling of Piecewise spelled out as selections. Renderers (the JavaScript compiler,
 * the export targets in src/core/export/) print this program; none of them looks at the tree.
 */
import { ArgumentError } from "../errors.js";
import { CONSTANTS, type Node, type RelOp, call } from "../node.js";
import { evaluate, splitFraction } from "./interpret.js";
import { powReal } from "./semantics.js";

/** A value: a literal, a reference to an input, parameter or temporary, or one operation on values. */
export type Value =
  | { readonly op: "num"; readonly value: number }
  | { readonly op: "ref"; readonly id: number }
  | { readonly op: "add"; readonly args: readonly Value[] }
  | { readonly op: "mul"; readonly args: readonly Value[] }
  | { readonly op: "div"; readonly num: Value; readonly den: Value }
  /** base**exp; the base is atomic (a literal or a reference), so a renderer may repeat it. */
  | { readonly op: "pow"; readonly base: Value; readonly exp: Value }
  | { readonly op: "call"; readonly fn: string; readonly args: readonly Value[] }
  | { readonly op: "select"; readonly cond: Cond; readonly then: Value; readonly else: Value }
  /** A relation as a number: 1 when it holds, else 0. */
  | { readonly op: "test"; readonly cond: Cond };

/** A condition: a relation between atomic values, or "one of these atomic values is NaN". */
export type Cond = { readonly op: "cmp"; readonly rel: RelOp; readonly a: Value; readonly b: Value } | { readonly op: "isnan"; readonly args: readonly Value[] };

/** A named value: an input, a parameter, or a temporary (with a readable name hint taken from the formula). */
export interface Slot {
  readonly kind: "input" | "param" | "temp";
  /** The input or parameter name, or a hint for a temporary (`exp_x`, `sigmoid`). */
  readonly name: string;
  /** Temporaries: their value, and whether it is computed per element (false: hoisted, computed once). */
  readonly value?: Value;
  readonly perElement?: boolean;
}

export interface Program {
  /** Slots by id: inputs first, then parameters, then temporaries in the order they are computed. */
  readonly slots: readonly Slot[];
  /** Temporaries that depend on no input (computed once), then those computed per element, by id. */
  readonly hoisted: readonly number[];
  readonly perElement: readonly number[];
  readonly result: Value;
}

export interface LowerOptions {
  /** Functions whose arguments must be atomic, because a renderer's template repeats them. */
  readonly atomicArgs: (fn: string) => boolean;
  /**
   * Leave out a Piecewise's NaN test where its branch is NaN at a NaN operand anyway (the compiled kernels,
   * where the test costs a comparison per element); exported code keeps the rule spelled out.
   */
  readonly elideNaNTests?: boolean;
  /**
   * Functions of one argument u that the renderer computes from e^u (sigmoid, sigmoid' and softplus in the
   * JavaScript kernels): they are lowered as calls of (u, exp(u)), so that exp(u) is one temporary shared with
   * every other exp(u) of the formula and every other such call.
   */
  readonly expForms?: ReadonlySet<string>;
}

export const isAtomicValue = (v: Value): boolean => v.op === "num" || v.op === "ref";

/** The values an operation applies to (a condition's operands, atomic, are not among them). */
export function operandsOf(v: Value): readonly Value[] {
  switch (v.op) {
    case "add":
    case "mul":
    case "call":
      return v.args;
    case "div":
      return [v.num, v.den];
    case "pow":
      return [v.base, v.exp];
    case "select":
      return [v.then, v.else];
    default:
      return [];
  }
}

const NAN: Value = { op: "num", value: NaN };

/** A readable name for the temporary holding n: the function it calls and its symbol arguments, or its kind. */
export function hint(n: Node): string {
  const symbols = (args: readonly Node[]) => (args.every((a) => a.kind === "sym" || a.kind === "num") ? args.filter((a) => a.kind === "sym").map((a) => a.name) : []);
  switch (n.kind) {
    case "call":
      return [n.name.toLowerCase(), ...symbols(n.args)].join("_");
    case "pow": {
      const b = n.args[0]!;
      if (b.kind === "call") return `${b.name.toLowerCase()}_pow`;
      return b.kind === "sym" ? `${b.name}_pow` : "power";
    }
    case "add":
      return "total";
    case "mul":
      return "product";
    case "piecewise":
      return "branch";
    default:
      return "value";
  }
}

/** Lowers a tree over the given inputs and parameters (checked by the caller) to a program. */
export function lower(root: Node, inputs: readonly string[], params: readonly string[], options: LowerOptions): Program {
  const slots: Slot[] = [];
  const symbolSlot = new Map<string, Value>();
  for (const name of inputs) symbolSlot.set(name, { op: "ref", id: slots.push({ kind: "input", name }) - 1 });
  for (const name of params) symbolSlot.set(name, { op: "ref", id: slots.push({ kind: "param", name }) - 1 });

  // One scan: which nodes depend on an input (computed per element), which are constants (no symbol but pi
  // and E), and how often each node is used.
  const inputSet = new Set(inputs);
  const perElementNode = new Map<Node, boolean>();
  const constantNode = new Map<Node, boolean>();
  const uses = new Map<Node, number>();
  // exp(u) of a call f(u) of options.expForms, as the tree would hold it (not where exp(u) simplifies: exp(log(y)) is y).
  const expOf = new Map<Node, Node>();
  const scan = (n: Node): boolean => {
    uses.set(n, (uses.get(n) ?? 0) + 1);
    const known = perElementNode.get(n);
    if (known !== undefined) return known;
    let dependent = n.kind === "sym" && inputSet.has(n.name);
    let constant = n.kind !== "sym" || CONSTANTS.has(n.name);
    for (const a of n.args) {
      dependent = scan(a) || dependent;
      constant &&= constantNode.get(a)!;
    }
    perElementNode.set(n, dependent);
    constantNode.set(n, constant);
    if (!constant && n.kind === "call" && n.args.length === 1 && options.expForms?.has(n.name)) {
      const e = call("exp", n.args);
      if (e.kind === "call" && e.name === "exp" && e.args[0] === n.args[0]) {
        expOf.set(n, e);
        scan(e);
      }
    }
    return dependent;
  };
  scan(root);

  const hoisted: number[] = [];
  const perElement: number[] = [];
  const names = new Map<Node, Value>();

  const bind = (n: Node, value: Value): Value => {
    if (isAtomicValue(value)) return value;
    const perElementValue = perElementNode.get(n)!;
    const id = slots.push({ kind: "temp", name: hint(n), value, perElement: perElementValue }) - 1;
    (perElementValue ? perElement : hoisted).push(id);
    const ref: Value = { op: "ref", id };
    names.set(n, ref);
    return ref;
  };
  /** n as a literal or reference: templates may repeat it. */
  const atom = (n: Node): Value => bind(n, expr(n));

  const expr = (n: Node): Value => {
    const named = names.get(n);
    if (named) return named;
    if (n.kind === "num") return { op: "num", value: n.value };
    if (n.kind === "sym") return symbolSlot.get(n.name) ?? { op: "num", value: CONSTANTS.get(n.name)! };
    // Constant subtrees fold to a literal through the interpreter, so every target agrees with it to the bit.
    if (constantNode.get(n)) return { op: "num", value: evaluate(n, new Map()) };
    const e = expOf.get(n);
    const value: Value =
      e !== undefined
        ? { op: "call", fn: n.name, args: [expr(n.args[0]!), expr(e)] }
        : lowerOperation(n, { expr, atom, atomicArgs: options.atomicArgs, definition: options.elideNaNTests ? (id) => slots[id]!.value : undefined });
    return (uses.get(n) ?? 0) > 1 || !perElementNode.get(n) ? bind(n, value) : value;
  };

  const result = expr(root);
  return { slots, hoisted, perElement, result };
}

export interface OperationContext {
  /** The value of an argument (inlined or a temporary). */
  readonly expr: (n: Node) => Value;
  /** The value of an argument as a literal or reference: templates may repeat it. */
  readonly atom: (n: Node) => Value;
  readonly atomicArgs: (fn: string) => boolean;
  /**
   * The value a reference stands for (a temporary's, else undefined), given when Piecewise may leave out NaN
   * tests that its branch makes redundant (LowerOptions.elideNaNTests).
   */
  readonly definition?: (id: number) => Value | undefined;
}

/** One operation (not a number or symbol) as a value, its arguments through the context. */
export function lowerOperation(n: Node, { expr, atom, atomicArgs, definition }: OperationContext): Value {
  switch (n.kind) {
    case "add":
      return { op: "add", args: n.args.map(expr) };
    case "mul": {
      const { numerator, denominator } = splitFraction(n);
      const top: Value = numerator.length > 0 ? { op: "mul", args: numerator.map(expr) } : { op: "num", value: 1 };
      if (denominator.length === 0) return top;
      // A literal factor (sqrt(2) in x/sqrt(2)) is folded with the interpreter's own power, so it is not
      // recomputed per element and still rounds as the interpreter does.
      const bottom = denominator.map(([b, e]): Value => {
        const base = atom(b);
        return base.op === "num" ? { op: "num", value: powReal(base.value, e) } : { op: "pow", base, exp: { op: "num", value: e } };
      });
      return { op: "div", num: top, den: { op: "mul", args: bottom } };
    }
    case "pow": {
      const [b, e] = n.args as [Node, Node];
      return { op: "pow", base: atom(b), exp: expr(e) };
    }
    case "call":
      return { op: "call", fn: n.name, args: n.args.map(atomicArgs(n.name) ? atom : expr) };
    case "piecewise":
      return piecewise(n, expr, atom, definition);
    case "rel":
      return { op: "test", cond: { op: "cmp", rel: n.name as RelOp, a: atom(n.args[0]!), b: atom(n.args[1]!) } };
    case "bool":
      return { op: "num", value: n.name === "True" ? 1 : 0 };
    default:
      throw new ArgumentError(`Cannot compile a node of kind '${n.kind}'.`);
  }
}

/** Functions of one argument that are NaN at NaN in every target's library (IEEE 754, C99, JavaScript, Python). */
const NAN_AT_NAN: ReadonlySet<string> = new Set(["exp", "expm1", "log", "log1p", "sqrt", "sin", "cos", "tan", "tanh", "Abs", "sigmoid", "dsigmoid", "softplus", "erf", "erfc"]);

/**
 * Whether v is NaN whenever the atomic value `operand` is: NaN itself, the operand, or an operation of which
 * IEEE arithmetic makes NaN from a NaN argument (a sum, product or quotient, a power with a literal exponent
 * other than 0, a function of NAN_AT_NAN, a selection both of whose branches are). Conservative: false when unsure.
 */
function nanFrom(v: Value, operand: Value, definition: (id: number) => Value | undefined, seen = new Map<number, boolean>()): boolean {
  const go = (w: Value): boolean => nanFrom(w, operand, definition, seen);
  switch (v.op) {
    case "num":
      return Number.isNaN(v.value);
    case "ref": {
      if (operand.op === "ref" && operand.id === v.id) return true;
      let known = seen.get(v.id);
      if (known === undefined) {
        const value = definition(v.id);
        known = value !== undefined && go(value);
        seen.set(v.id, known);
      }
      return known;
    }
    case "add":
    case "mul":
      return v.args.some(go);
    case "div":
      return go(v.num) || go(v.den);
    case "pow":
      return v.exp.op === "num" && v.exp.value !== 0 && !Number.isNaN(v.exp.value) && go(v.base);
    case "call":
      // These take one argument; a second is e^x of the first (LowerOptions.expForms).
      return NAN_AT_NAN.has(v.fn) && go(v.args[0]!);
    case "select":
      return go(v.then) && go(v.else);
    case "test":
      return false;
  }
}

/**
 * Piecewise as nested selections with the interpreter's NaN rule: a condition whose operand is NaN gives NaN.
 * A comparison with NaN is false except for !=, so the NaN test waits for the false branch: the taken
 * branch costs one comparison, as in hand-written code. Where that branch is NaN at a NaN operand anyway
 * (alpha*expm1(x) in elu), the test is left out: the common branch of elu costs one comparison too.
 */
function piecewise(n: Node, expr: (n: Node) => Value, atom: (n: Node) => Value, definition: ((id: number) => Value | undefined) | undefined): Value {
  let rest: Value = NAN;
  for (let i = n.args.length - 2; i >= 0; i -= 2) {
    const cond = n.args[i + 1]!;
    const value = expr(n.args[i]!);
    if (cond.kind === "bool") {
      if (cond.name === "True") rest = value;
      continue;
    }
    const a = atom(cond.args[0]!);
    const b = atom(cond.args[1]!);
    // A literal other than NaN needs no test.
    const operands = [a, b].filter((v) => v.op !== "num" || Number.isNaN(v.value));
    const redundant = (v: Value) => definition !== undefined && operands.every((o) => nanFrom(v, o, definition));
    const orNaN = (v: Value): Value => (redundant(v) ? v : { op: "select", cond: { op: "isnan", args: operands }, then: NAN, else: v });
    const cmp: Cond = { op: "cmp", rel: cond.name as RelOp, a, b };
    rest = cond.name === "!=" ? orNaN({ op: "select", cond: cmp, then: value, else: rest }) : { op: "select", cond: cmp, then: value, else: orNaN(rest) };
  }
  return rest;
}
