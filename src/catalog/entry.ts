/**
 * One catalog entry declares one named formula: its definition in SymPy syntax, inputs, parameters with
 * defaults, optional hand-written derivatives, and documentation. Entries are data: the forge layer turns
 * them into Expressions, and the contract test checks every one of them the same way.
 */
/** Neurogebra's ten categories. */
export type Category =
  | "activation"
  | "loss"
  | "regularizer"
  | "algebra"
  | "calculus"
  | "statistics"
  | "linalg"
  | "optimization"
  | "metric"
  | "transform";

export interface EntryMetadata {
  readonly category: Category;
  /** One sentence: what it computes. */
  readonly description: string;
  /** When to use it. */
  readonly usage: string;
  readonly pros: readonly string[];
  readonly cons: readonly string[];
  /** The range of values, e.g. "[0, inf)". */
  readonly range: string;
  readonly aliases?: readonly string[];
  /** Where it comes from (paper, framework documentation). */
  readonly references?: readonly string[];
  /** Known differences between frameworks, conventions at kinks, clamps. */
  readonly conventions?: readonly string[];
}

export interface CatalogEntry {
  readonly name: string;
  /** The definition, in SymPy syntax; this is what `symbolicExpr` prints (after canonicalisation). */
  readonly formula: string;
  /** Input symbols, in argument order. */
  readonly variables: readonly string[];
  /** Parameters and their default values. */
  readonly params?: Readonly<Record<string, number>>;
  /** Parameters that are trainable by default (e.g. PReLU's slope). */
  readonly trainable?: readonly string[];
  /**
   * Hand-written first derivatives by variable, where they read better than the derived one; the contract
   * test checks each against the derivative of `formula`.
   */
  readonly derivatives?: Readonly<Record<string, string>>;
  /**
   * For losses that also take class indices (PyTorch's cross_entropy): when `input` has the shape of the
   * others without their last axis, `formula` (which gathers, as `y_pred[y_true]`) is used instead.
   */
  readonly classIndex?: { readonly input: string; readonly formula: string };
  /**
   * Along the last axis, the length of the output row as a formula in the row length n, where it is not n:
   * GLU halves the axis ("n/2"; an odd length is an error).
   */
  readonly outputLength?: string;
  /** Inputs that must lie in a range, e.g. probabilities: checked by eval (an error, never a silent clamp). */
  readonly domains?: Readonly<Record<string, { readonly min: number; readonly max: number; readonly what: string }>>;
  readonly metadata: EntryMetadata;
}

/** Shorthand for activation entries: one input x. */
export function activation(entry: Omit<CatalogEntry, "variables" | "metadata"> & { metadata: Omit<EntryMetadata, "category"> }): CatalogEntry {
  return { ...entry, variables: ["x"], metadata: { category: "activation", ...entry.metadata } };
}

/** Shorthand for loss entries: per-element formulas over a prediction and a target. */
export function loss(entry: Omit<CatalogEntry, "variables" | "metadata"> & { metadata: Omit<EntryMetadata, "category"> }): CatalogEntry {
  return { ...entry, variables: ["y_pred", "y_true"], metadata: { category: "loss", ...entry.metadata } };
}

/** Shorthand for the entries of a category whose input is x unless the entry names its inputs. */
const inCategory =
  (category: Category) =>
  (entry: Omit<CatalogEntry, "variables" | "metadata"> & { variables?: readonly string[]; metadata: Omit<EntryMetadata, "category"> }): CatalogEntry => ({
    ...entry,
    variables: entry.variables ?? ["x"],
    metadata: { category, ...entry.metadata },
  });

export const algebra = inCategory("algebra");
export const calculus = inCategory("calculus");
export const statistic = inCategory("statistics");
export const linalg = inCategory("linalg");
export const transform = inCategory("transform");
export const regularizer = inCategory("regularizer");
export const metric = inCategory("metric");
export const optimization = inCategory("optimization");
