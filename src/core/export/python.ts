/**
 * The printer shared by the Python array targets (NumPy, PyTorch, JAX): one function per formula, vectorized
 * over arrays, Piecewise as nested `where`s whose untaken branches are computed too (so every branch is safe
 * to evaluate: IEEE values, no exceptions), the NaN rule of Piecewise spelled out with `isnan`. The targets
 * differ only in their table: module prefix, function templates, helpers, argument conversion.
 */
import { ArgumentError, UnsupportedExportError } from "../errors.js";
import type { RelOp } from "../node.js";
import type { Value } from "../compile/lower.js";
import { type InfixSyntax, type Printed, PREC, infixPow, printInfix } from "../compile/render.js";
import { printArrayStatements, axesOf } from "./arrays.js";
import type { PythonRows } from "./python-rows.js";
import { type ExportFunction, HelperSet, type RowsFunction, floatText } from "./target.js";

/** A function's text from its printed arguments (and their lowered values); helpers go through `helper`. */
export type Template = (args: readonly string[], helper: (name: string) => string, values: readonly Value[]) => string;

export interface PythonTable {
  readonly target: "numpy" | "torch" | "jax";
  /** Modules the text imports, each with its alias; an empty entry separates groups (standard library first). */
  readonly modules: readonly (readonly [module: string, alias?: string])[];
  /** Module prefix of the array functions: "np", "torch", "jnp". */
  readonly m: string;
  readonly nan: string;
  readonly inf: string;
  /** Function templates from the printed arguments; a helper's name and text go through `helper`. */
  readonly functions: ReadonlyMap<string, Template>;
  /** Helper function texts by helper name (the name is defined by the text). */
  readonly helpers: ReadonlyMap<string, string>;
  /** Functions whose template repeats an argument. */
  readonly repeats: ReadonlySet<string>;
  /** Lines that turn the arguments into arrays, from the input and parameter names. */
  readonly convert: (inputs: readonly string[], params: readonly string[]) => string[];
  /** Wraps the body (lines, already indented once) in a context, e.g. NumPy's errstate. */
  readonly body: (lines: readonly string[]) => string[];
  /** Formulas along the last axis: the spelling of the array printer's pieces and the helpers. */
  readonly rows: PythonRows;
}

const RELATIONS: ReadonlyMap<RelOp, string> = new Map<RelOp, string>([
  [">", ">"],
  [">=", ">="],
  ["<", "<"],
  ["<=", "<="],
  ["==", "=="],
  ["!=", "!="],
]);

/** Python keywords and the names the exported text itself uses. */
export const PYTHON_RESERVED: readonly string[] = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
  "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  "math", "np", "torch", "jax", "jnp", "jsp",
];

function syntax(table: PythonTable, names: readonly string[], helpers: HelperSet): InfixSyntax {
  const { m } = table;
  const helper = (name: string): string => {
    helpers.add(name, table.helpers.get(name)!);
    return name;
  };
  const atom = (text: string): Printed => ({ text, prec: PREC.atom });
  return {
    num: (v) => atom(Number.isNaN(v) ? table.nan : v === Infinity ? table.inf : v === -Infinity ? `(-${table.inf})` : Object.is(v, -0) ? "(-0.0)" : v < 0 ? `(${floatText(v)})` : floatText(v)),
    ref: (id) => names[id]!,
    pow: (b, e, eSource) => infixPow(b, e, eSource, { one: "1.0", sqrt: `${m}.sqrt`, pow: table.target === "torch" ? "torch.pow" : `${m}.power` }),
    call: (fn, args, values) => {
      const template = table.functions.get(fn);
      if (!template) throw new UnsupportedExportError(fn, table.target);
      return template(args, helper, values);
    },
    cmp: (rel, a, b) => {
      const op = RELATIONS.get(rel);
      if (op === undefined) throw new ArgumentError(`Cannot export the relation '${rel}'.`);
      return `${a} ${op} ${b}`;
    },
    isnan: (args) => args.map((a) => `${m}.isnan(${a})`).join(" | "),
    // Both branches are arrays computed everywhere; `where` picks per element.
    select: (cond, then, otherwise) => atom(`${m}.where(${cond}, ${then}, ${otherwise})`),
    test: (cond) => atom(`${m}.where(${cond}, 1.0, 0.0)`),
  };
}

/**
 * A formula along the last axis, vectorized: vector inputs are arrays whose last axis is the row (any batch
 * axes before it), a row input (a class index) has the batch shape; the result has the batch shape, then the
 * output's lengths (none for one value per row, n for a vector, n, n for a Jacobian).
 */
function rowsFunction(table: PythonTable, f: RowsFunction, helpers: HelperSet): string {
  const { rows, names } = f;
  const slots = rows.slots;
  const ids = (kind: string) => slots.flatMap((slot, id) => (slot.kind === kind ? [id] : []));
  const inputs = ids("input").map((id) => names[id]!);
  const params = ids("param").map((id) => names[id]!);
  const vectors = ids("input").filter((id) => slots[id]!.kind === "input" && (slots[id] as { role: string }).role === "vector");
  const first = names[vectors[0]!]!;
  const axes = axesOf(rows);
  // A row input is used with the row's axes, of length 1.
  const shown = names.map((name, id) => (slots[id]!.kind === "input" && !vectors.includes(id) ? `${name}[...${", None".repeat(axes)}]` : name));
  const s = syntax(table, shown, helpers);
  const value = (v: Value) => printInfix(v, s).text;
  const use = (helper: string) => {
    helpers.add(helper, table.rows.helper(helper));
    return helper;
  };
  const arrays = { value, scalar: value, assign: (name: string, text: string) => `${name} = ${text}`, ...table.rows.syntax(first, use) };
  const statements = printArrayStatements(rows, shown, arrays);
  const size = ids("size")[0]!;
  const lengths = rows.loops.map((l) => (l.extent.op === "ref" && l.extent.id === size ? names[size]! : `int(${value(l.extent)})`));
  const batch = ids("input").map((id) => (vectors.includes(id) ? `${names[id]}.shape[:-1]` : `${names[id]}.shape`));
  const result = table.rows.output(value(rows.result), batch, lengths, axes - rows.loops.length, first);
  const signature = [...inputs, ...params.map((p, i) => `${p}=${floatText(f.defaults[i]!)}`)].join(", ");
  const lines = [...table.convert(inputs, params), `${names[size]} = ${first}.shape[-1]`, ...table.body([...statements, `return ${result}`])];
  return [`def ${f.name}(${signature}):`, `    """${f.formula}"""`, ...lines.map((l) => `    ${l}`)].join("\n");
}

/** The whole Python text for the functions. */
export function renderPython(table: PythonTable, functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const defs = functions.map((f) => {
    if (f.rows) return rowsFunction(table, f, helpers);
    const { program, names } = f;
    const s = syntax(table, names, helpers);
    const inputs = program.slots.filter((slot) => slot.kind === "input").map((_, i) => names[i]!);
    const params = program.slots.filter((slot) => slot.kind === "param").map((_, i) => names[inputs.length + i]!);
    const signature = [...inputs, ...params.map((p, i) => `${p}=${floatText(f.defaults[i]!)}`)].join(", ");
    const statements = [...program.hoisted, ...program.perElement].map((id) => `${names[id]} = ${printInfix(program.slots[id]!.value!, s).text}`);
    // A constant still has the inputs' shape.
    const result = program.result.op === "num" && inputs.length > 0 ? `${table.m}.full_like(${inputs[0]}, ${printInfix(program.result, s).text})` : printInfix(program.result, s).text;
    const lines = [...table.convert(inputs, params), ...table.body([...statements, `return ${result}`])];
    return [`def ${f.name}(${signature}):`, `    """${f.formula}"""`, ...lines.map((l) => `    ${l}`)].join("\n");
  });
  const importLines = table.modules.map(([module, alias]) => (module === "" ? "" : alias ? `import ${module} as ${alias}` : `import ${module}`));
  const head = [...functions.map((f) => `# ${f.name}: ${f.formula}`), ...importLines].join("\n");
  return `${[head, ...helpers.sources, ...defs].join("\n\n\n")}\n`;
}
