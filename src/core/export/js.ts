/**
 * The "js" target: plain JavaScript functions of numbers, printed with the compiler's own templates
 * (src/core/compile/templates.ts), so the exported text performs the compiler's operations, except that a
 * symbolic exponent goes to Math.pow and the special functions, which the engine takes from stdlib-js, are
 * helpers of special.ts (erf and erfc within 2e-13 of stdlib-js).
 */
import { UnsupportedExportError } from "../errors.js";
import { JS_HELPERS, jsNeedsAtoms, jsSource } from "../compile/templates.js";
import { SPECIAL_FUNCTIONS, jsErfHelpers, specialHelpers, specialNames } from "./special.js";
import { type ExportFunction, type ExportTarget, HelperSet } from "./target.js";

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

function render(functions: readonly ExportFunction[]): string {
  const helpers = new HelperSet();
  const fn = (name: string): string => {
    const texts = EXPORT_HELPERS.get(name);
    if (!texts) throw new UnsupportedExportError(name, "js");
    for (const [helper, text] of texts) helpers.add(helper, text);
    return texts[texts.length - 1]![0];
  };
  const defs = functions.map(({ name, formula, program, names, defaults }) => {
    const js = { ref: (id: number) => names[id]!, fn, pow: "Math.pow" };
    const inputs = program.slots.flatMap((s, id) => (s.kind === "input" ? [names[id]!] : []));
    const params = program.slots.flatMap((s, id) => (s.kind === "param" ? [`${names[id]} = ${defaults[id - inputs.length]}`] : []));
    const statements = [...program.hoisted, ...program.perElement].map((id) => `  const ${names[id]} = ${jsSource(program.slots[id]!.value!, js)};`);
    return [`/** ${formula} */`, `function ${name}(${[...inputs, ...params].join(", ")}) {`, ...statements, `  return ${jsSource(program.result, js)};`, "}"].join("\n");
  });
  return `${[functions.map((f) => `// ${f.name}: ${f.formula}`).join("\n"), ...helpers.sources, ...defs].join("\n\n")}\n`;
}

export const jsTarget: ExportTarget = { name: "js", style: "camel", reserved: new Set([...JS_RESERVED, ...specialNames("js")]), atomicArgs: jsNeedsAtoms, supports, render };
