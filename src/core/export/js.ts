/**
 * The "js" target: plain JavaScript functions of numbers, printed with the compiler's own templates
 * (src/core/compile/templates.ts), so the exported text performs the compiler's operations, except that a
 * symbolic exponent goes to Math.pow and erf and erfc, which the engine takes from stdlib-js, are helpers
 * written here (within 2e-13 of stdlib-js).
 */
import { UnsupportedExportError } from "../errors.js";
import { JS_HELPERS, jsNeedsAtoms, jsSource } from "../compile/templates.js";
import { type ExportFunction, type ExportTarget, HelperSet } from "./target.js";

/**
 * erf and erfc to about 1e-13 relative: for |x| < 2 the series exp(-x**2)*sum(2**n*x**(2n+1)/(1*3*...*(2n+1)))
 * (positive terms, no cancellation), for |x| >= 2 Laplace's continued fraction of erfc (modified Lentz).
 */
const ERF_SERIES = `function _erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
  }
  return 1.1283791670955126 * Math.exp(-x2) * sum;
}`;
const ERFC_FRACTION = `function _erfcFraction(x) {
  if (x > 30) return 0;
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    d = x + (k / 2) * d;
    d = 1 / (d === 0 ? tiny : d);
    c = x + k / 2 / c;
    if (c === 0) c = tiny;
    f *= c * d;
    if (Math.abs(c * d - 1) < 1e-16) break;
  }
  return (0.5641895835477563 * Math.exp(-x * x)) / f;
}`;
const ERF = `function _erf(x) {
  if (!(Math.abs(x) >= 2)) return _erfSeries(x);
  const r = 1 - _erfcFraction(Math.abs(x));
  return x < 0 ? -r : r;
}`;
const ERFC = `function _erfc(x) {
  if (x >= 2) return _erfcFraction(x);
  if (x > -2 || x !== x) return 1 - _erfSeries(x);
  return 2 - _erfcFraction(-x);
}`;

/** Helpers of the exported text by function: [name, text] pairs, dependencies first. */
type Helpers = readonly (readonly [string, string])[];
const EXPORT_HELPERS: ReadonlyMap<string, Helpers> = new Map<string, Helpers>([
  ...[...JS_HELPERS].map(([fn, text]): [string, Helpers] => [fn, [[`_${fn}`, text(`_${fn}`)]]]),
  ["erf", [["_erfSeries", ERF_SERIES], ["_erfcFraction", ERFC_FRACTION], ["_erf", ERF]]],
  ["erfc", [["_erfSeries", ERF_SERIES], ["_erfcFraction", ERFC_FRACTION], ["_erfc", ERFC]]],
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

export const jsTarget: ExportTarget = { name: "js", style: "camel", reserved: new Set(JS_RESERVED), atomicArgs: jsNeedsAtoms, supports, render };
