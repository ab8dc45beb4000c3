import type { CallSemantics, Node } from "../node.js";

/**
 * One record declares one function of the engine: arity, numeric kernel, automatic evaluation, partial
 * derivatives, and LaTeX template (code templates live with the renderers, src/core/compile/templates.ts and src/core/export/). The parser, printers, differentiator and compiler read
 * records; none of them names a function.
 */
export interface FunctionRecord extends CallSemantics {
  /** Argument names used by the `partials` formulas, e.g. ["x"] or ["x", "h0"]. */
  readonly params: readonly string[];
  /**
   * Partial derivative with respect to each argument, in the library's own syntax over `params`
   * ("1 - tanh(x)**2"), or a function for variadic records. `{ none: reason }` marks a partial without a
   * closed form (the order n of polygamma): differentiating through it throws NotDifferentiableError.
   */
  readonly partials: readonly (string | { readonly none: string })[] | ((args: readonly Node[], i: number) => Node);
  /**
   * The derivative of a call, when it is not the chain rule over `partials`: linear and binding operators
   * (Sum) and index notation declare it here. `d` differentiates an argument; `index` is the element index of
   * the variable (d x[j]/d x[index] = KroneckerDelta(j, index)).
   */
  readonly derivative?: (args: readonly Node[], d: (n: Node) => Node, index: Node) => Node;
  /**
   * For a binding reduction (`binds`, as Sum: `Name(f, (j, a, b), ...extra)`): its value from the values of its
   * body at j = a..b, in order, and the numbers of its further arguments after the bounds (Quantile's level q);
   * `from` is a, so that an argument naming an element j converts to its position j - a. The reference
   * interpreter evaluates every reduction through it; the row compiler inlines Sum, the maxima and the max shift
   * as loops and calls it for the others. It may reorder `values` (a scratch array).
   */
  readonly reduce?: (values: Float64Array, extra: readonly number[], from: number) => number;
  /** SymPy text of a call, from the text of its arguments. Default: name(a, b). */
  readonly text?: (args: readonly string[]) => string;
  /** LaTeX of a call, from the LaTeX of its arguments. Default: \operatorname{name}\left(...\right). */
  readonly latex?: (args: readonly string[]) => string;
  /** Other spellings the parser accepts (lower-case max, min, abs). */
  readonly aliases?: readonly string[];
  /** One line for documentation and `neurogebra show`. */
  readonly description: string;
}

/** `\name\left(a, b\right)`: LaTeX of a function with a standard macro. */
export const latexMacro =
  (macro: string) =>
  (args: readonly string[]): string =>
    `${macro}\\left(${args.join(", ")}\\right)`;

/** A function of one argument x: the fields every such record shares. */
export const unaryRecord = (name: string, kernel: (x: number) => number, partial: string, description: string, extra: Partial<FunctionRecord> = {}): FunctionRecord => ({
  name,
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel,
  partials: [partial],
  description,
  ...extra,
});

/** A function of two arguments: the fields every such record shares. */
export const binaryRecord = (
  name: string,
  params: readonly [string, string],
  kernel: (a: number, b: number) => number,
  partials: FunctionRecord["partials"],
  description: string,
  extra: Partial<FunctionRecord> = {},
): FunctionRecord => ({ name, minArgs: 2, maxArgs: 2, params, kernel, partials, description, ...extra });
