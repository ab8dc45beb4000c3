/** What every export target receives: lowered programs with readable names, and what it must provide. */
import type { Program } from "../compile/lower.js";
import type { RowProgram } from "../compile/lower-rows.js";

export type ExportTargetName = "numpy" | "torch" | "jax" | "tfjs" | "js" | "c";

interface FunctionText {
  /** The function's name in the text (already a valid, unreserved identifier of the target). */
  readonly name: string;
  /** The formula's SymPy text, for the comment above the function. */
  readonly formula: string;
  /** The identifier of every slot of the program (inputs, parameters, temporaries, ...), by id. */
  readonly names: readonly string[];
  /** Default values of the parameters, in parameter order. */
  readonly defaults: readonly number[];
}

/** An elementwise formula: one program of scalar operations. */
export interface ElementwiseFunction extends FunctionText {
  readonly program: Program;
  readonly rows?: undefined;
}

/** A formula along the last axis (index notation): a row program. */
export interface RowsFunction extends FunctionText {
  readonly rows: RowProgram;
  readonly program?: undefined;
}

/** One function of the exported text. */
export type ExportFunction = ElementwiseFunction | RowsFunction;

export interface ExportTarget {
  readonly name: ExportTargetName;
  /** The language's naming style for the exported function: snake_case or camelCase. */
  readonly style: "snake" | "camel";
  /** Identifiers the text may not give a variable or function (keywords, module names, helpers). */
  readonly reserved: ReadonlySet<string>;
  /** Functions whose template repeats its arguments (then they are literals or names). */
  readonly atomicArgs: (fn: string) => boolean;
  /** Functions this target can print (natively, by a template or by an emitted helper). */
  readonly supports: (fn: string) => boolean;
  /** The whole text: header comment, imports, helpers, then the functions. */
  render(functions: readonly ExportFunction[]): string;
}

/** Float literal text for languages where 2 would be an integer (C, Python): always with a point or exponent. */
export function floatText(v: number): string {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** The helpers a text needs, each once, in first-use order. */
export class HelperSet {
  private readonly used = new Map<string, string>();
  add(name: string, source: string): void {
    if (!this.used.has(name)) this.used.set(name, source);
  }
  get sources(): string[] {
    return [...this.used.values()];
  }
}
