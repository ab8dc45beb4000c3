/**
 * The "js" target: plain JavaScript functions of numbers, printed with the compiler's own templates
 * (src/core/compile/templates.ts), so the exported text performs the compiler's operations, except that a
 * symbolic exponent goes to Math.pow and the special functions, which the engine takes from stdlib-js, are
 * helpers of special.ts (erf and erfc within 2e-13 of stdlib-js).
 */
import { UnsupportedExportError } from "../errors.js";
import { JS_HELPERS, jsNeedsAtoms, jsSource } from "../compile/templates.js";
import { type LoopSyntax, integerText, printRowBody } from "../compile/loops.js";
import { SPECIAL_FUNCTIONS, jsErfHelpers, rowHelpers, specialHelpers, specialNames } from "./special.js";
import { type ExportFunction, type ExportTarget, HelperSet, type RowsFunction } from "./target.js";

/** Helpers of the exported text by function: [name, text] pairs, dependencies first. */
type Helpers = readonly (readonly [string, string])[];
const EXPORT_HELPERS: ReadonlyMap<string, Helpers> = new Map<string, Helpers>([
  ...[...JS_HELPERS].map(([fn, text]): [string, Helpers] => [fn, [[`_${fn}`, text(`_${fn}`)]]]),
  ["erf", jsErfHelpers("erf", false)],
  ["erfc", jsErfHelpers("erfc", false)],
  ...SPECIAL_FUNCTIONS.map((fn): [string, Helpers] => [fn, specialHelpers(fn, "js")]),
]);

export const JS_RESERVED: readonly string[] = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
  "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof",
  "var", "void", "while", "with", "yield", "await", "static", "implements", "interface", "package", "private", "protected", "public", "arguments", "eval",
  "Math", "NaN", "Infinity", "undefined",
];

const supports = (fn: string): boolean => jsNeedsAtoms(fn) || EXPORT_HELPERS.has(fn);

/**
 * A formula along the last axis: a function of one row. Vector inputs are arrays of the row's n numbers, a
 * row input (a class index) is a number; one value per row is returned as a number, a vector or matrix per
 * row as a Float64Array (row-major).
 */
function rowsFunction({ name, formula, rows, names, defaults }: RowsFunction, fn: (name: string) => string, helpers: HelperSet): string {
  const js = { ref: (id: number) => names[id]!, fn, pow: "Math.pow" };
  const inputs = rows.slots.flatMap((s, id) => (s.kind === "input" ? [names[id]!] : []));
  const params = rows.slots.flatMap((s, id) => (s.kind === "param" ? [names[id]!] : [])).map((p, k) => `${p} = ${defaults[k]}`);
  const vector = rows.slots.findIndex((s) => s.kind === "input" && s.role === "vector");
  const size = rows.slots.findIndex((s) => s.kind === "size");
  const helper = (op: string) => {
    const texts = rowHelpers(op, "js");
    for (const [helperName, text] of texts) helpers.add(helperName, text);
    return texts[texts.length - 1]![0];
  };
  const syntax: LoopSyntax = {
    value: (v) => jsSource(v, js),
    index: (v) => integerText(v, (id) => names[id]) ?? jsSource(v, js),
    constant: (n, text) => `const ${n} = ${text};`,
    variable: (n, text) => `let ${n} = ${text};`,
    loop: (i, from, test) => `for (let ${i} = ${from}; ${test}; ${i}++) {`,
    max: (a, b) => `Math.max(${a}, ${b})`,
    buffer: (n, length) => `const ${n} = new Float64Array(${length});`,
    kernel: (op, buffer, length, extra, from) => `${helper(op)}(${[buffer, length, ...extra.map((e, k) => (op === "QuantileWeight" && k === 1 ? `${e} - ${from}` : e))].join(", ")})`,
    element: (input, index) => `${input}[${index}]`,
    indent: "  ",
  };
  const output = { single: (result: string) => `return ${result};`, open: (length: string) => [`const out = new Float64Array(${length});`], store: (at: string, result: string) => `out[${at}] = ${result};`, close: ["return out;"] };
  return [`/** ${formula} */`, `function ${name}(${[...inputs, ...params].join(", ")}) {`, `  const ${names[size]} = ${names[vector]}.length;`, ...printRowBody(rows, names, syntax, output), "}"].join("\n");
}

function render(functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const fn = (name: string): string => {
    const texts = EXPORT_HELPERS.get(name);
    if (!texts) throw new UnsupportedExportError(name, "js");
    for (const [helper, text] of texts) helpers.add(helper, text);
    return texts[texts.length - 1]![0];
  };
  const defs = functions.map((f) => {
    if (f.rows) return rowsFunction(f, fn, helpers);
    const { name, formula, program, names, defaults } = f;
    const js = { ref: (id: number) => names[id]!, fn, pow: "Math.pow" };
    const inputs = program.slots.flatMap((s, id) => (s.kind === "input" ? [names[id]!] : []));
    const params = program.slots.flatMap((s, id) => (s.kind === "param" ? [`${names[id]} = ${defaults[id - inputs.length]}`] : []));
    const statements = [...program.hoisted, ...program.perElement].map((id) => `  const ${names[id]} = ${jsSource(program.slots[id]!.value!, js)};`);
    return [`/** ${formula} */`, `function ${name}(${[...inputs, ...params].join(", ")}) {`, ...statements, `  return ${jsSource(program.result, js)};`, "}"].join("\n");
  });
  return `${[functions.map((f) => `// ${f.name}: ${f.formula}`).join("\n"), ...helpers.sources, ...defs].join("\n\n")}\n`;
}

export const jsTarget: ExportTarget = { name: "js", style: "camel", reserved: new Set([...JS_RESERVED, ...specialNames("js")]), atomicArgs: jsNeedsAtoms, supports, render };
