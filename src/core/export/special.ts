/**
 * The special functions as helpers of the exported text, for the targets whose standard library lacks them:
 * gamma and loggamma (JavaScript), polygamma, beta, digammadiff, erfinv, erfcinv, erfcx, log1pmx, the incomplete
 * gammas and gammadensity; and the JavaScript and C kernels of sparsemax's threshold and the quantiles along a
 * row (rowHelpers). Each algorithm is written once, in the small C-like notation of special-sources.ts, and
 * printed here as JavaScript, TypeScript, C or Python by one translator, so the targets run the same algorithm
 * with the same constants. The measured accuracy of each is in docs/export.md (test/export/special.test.ts
 * checks it against the mpmath fixtures).
 */
import { ArgumentError } from "../errors.js";
import { HELPERS, type Helper, TABLES, type Table } from "./special-sources.js";
import { floatText } from "./target.js";

/** The languages the helpers are printed in. */
export type HelperLanguage = "js" | "ts" | "c" | "python";

/** erf and erfc for JavaScript, to about 1e-13 relative (no erf in Math). */
const JS_ERF: readonly (readonly [string, readonly string[], string])[] = [
  // exp(-x**2)*sum(2**n*x**(2n+1)/(1*3*...*(2n+1))): positive terms, no cancellation.
  ["_erfSeries", ["x"], "const x2 = x * x;\n  let term = x;\n  let sum = x;\n  for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {\n    term *= (2 * x2) / (2 * n + 1);\n    sum += term;\n  }\n  return 1.1283791670955126 * Math.exp(-x2) * sum;"],
  // Laplace's continued fraction of erfc (modified Lentz).
  ["_erfcFraction", ["x"], "if (x > 30) return 0;\n  const tiny = 1e-300;\n  let f = x;\n  let c = x;\n  let d = 0;\n  for (let k = 1; k < 5000; k++) {\n    d = x + (k / 2) * d;\n    d = 1 / (d === 0 ? tiny : d);\n    c = x + k / 2 / c;\n    if (c === 0) c = tiny;\n    f *= c * d;\n    if (Math.abs(c * d - 1) < 1e-16) break;\n  }\n  return (0.5641895835477563 * Math.exp(-x * x)) / f;"],
  ["_erf", ["x"], "if (!(Math.abs(x) >= 2)) return _erfSeries(x);\n  const r = 1 - _erfcFraction(Math.abs(x));\n  return x < 0 ? -r : r;"],
  ["_erfc", ["x"], "if (x >= 2) return _erfcFraction(x);\n  if (x > -2 || x !== x) return 1 - _erfSeries(x);\n  return 2 - _erfcFraction(-x);"],
];

/** A JavaScript or TypeScript function of numbers (and of Float64Arrays: the parameters `v[]`). */
const jsFunction = (name: string, params: readonly string[], body: string, typed: boolean): string => {
  const list = params.map((p) => {
    const [kind, id] = param(p);
    return typed ? `${id}: ${kind === "array" ? "Float64Array" : "number"}` : id;
  });
  return `function ${name}(${list.join(", ")})${typed ? ": number" : ""} {\n  ${body}\n}`;
};

/** A parameter of the notation: a double `x`, an array of doubles `v[]`, or a whole number `long m`. */
function param(text: string): ["double" | "array" | "long", string] {
  const m = text.match(/^(?:(long) )?(\w+)(\[\])?$/)!;
  return [m[3] ? "array" : m[1] ? "long" : "double", m[2]!];
}

/** The JavaScript erf and erfc helpers (erf for |x| < 2 by the series, else by the continued fraction), dependencies first. */
export function jsErfHelpers(fn: "erf" | "erfc", typed: boolean): [string, string][] {
  const wanted = fn === "erf" ? ["_erfSeries", "_erfcFraction", "_erf"] : ["_erfSeries", "_erfcFraction", "_erfc"];
  return JS_ERF.filter(([name]) => wanted.includes(name)).map(([name, params, body]) => [name, jsFunction(name, params, body, typed)]);
}

/** Python's math functions as float64 scalars with IEEE values where math raises. */
const PYTHON_MATH: ReadonlyMap<string, string> = new Map([
  ["_gamma1", 'def _gamma1(v):\n    """math.gamma with IEEE values: +-inf at +-0 and past 171.6, NaN at the negative integers."""\n    if v == 0:\n        return np.copysign(np.inf, v)\n    try:\n        return np.float64(math.gamma(v))\n    except OverflowError:\n        return np.float64(np.inf)\n    except ValueError:\n        return np.float64(np.nan)'],
  ["_lgamma1", 'def _lgamma1(v):\n    """math.lgamma with inf at the poles."""\n    try:\n        return np.float64(math.lgamma(v))\n    except (OverflowError, ValueError):\n        return np.float64(np.inf)'],
]);

interface Language {
  /** Names of the notation's functions and constants in the language (a helper's own name is its prefix + name). */
  readonly builtins: ReadonlyMap<string, string>;
  /** Helpers a builtin needs: [name, text] in order. */
  readonly builtinHelpers: (name: string) => [string, string][];
  readonly prefix: (name: string) => string;
  /** A table's name (in C distinct from every helper's guard, which is the upper-cased helper name). */
  readonly tableName: (name: string) => string;
  readonly table: (name: string, table: Table) => string;
  /** A local array of `size` doubles, zero-filled. */
  readonly array: (name: string, size: string) => string;
  /** Sorts the first `count` elements of an array in place, ascending (no NaN among them). */
  readonly sort: (array: string, count: string) => string;
  /** A whole number, computed once (a truncation in C and Python). */
  readonly whole: (name: string, value: string) => string;
  readonly func: (name: string, helper: Helper, body: string[]) => string;
}

const MATH = ["exp", "log", "log1p", "expm1", "sqrt", "floor", "pow", "sin", "tan"];

const jsLanguage = (typed: boolean): Language => ({
  builtins: new Map([...MATH.map((f) => [f, `Math.${f}`] as const), ["fabs", "Math.abs"], ["fmax", "Math.max"], ["fmin", "Math.min"], ["isnan", "Number.isNaN"], ["INF", "Infinity"], ["NAN", "NaN"], ["erf", "_erf"], ["erfc", "_erfc"], ["gamma", "_gamma"], ["lgamma", "_loggamma"]]),
  builtinHelpers: (name) => (name === "erf" || name === "erfc" ? jsErfHelpers(name, typed) : name === "gamma" ? jsText("gamma", typed) : name === "lgamma" ? jsText("loggamma", typed) : []),
  prefix: (name) => `_${name}`,
  tableName: (name) => `_${name}`,
  table: (name, t) => `/** ${t.doc} */\nconst _${name} = [${t.values.map(String).join(", ")}];`,
  array: (name, size) => `const ${name} = new Float64Array(${size});`,
  sort: (array, count) => `${array}.subarray(0, ${count}).sort();`,
  whole: (name, value) => `const ${name} = ${value};`,
  func: (name, h, body) => `/** ${h.doc} */\n${jsFunction(`_${name}`, h.params, body.join("\n  "), typed)}`,
});

/** qsort's comparison of doubles (the sort's callers first check for NaN). */
const ASCENDING = "#include <stdlib.h>\nstatic int ng_ascending(const void *a, const void *b) {\n    const double x = *(const double *)a, y = *(const double *)b;\n    return (x > y) - (x < y);\n}";

/** C: `let` is a double, a for-loop counter a long. */
const cLanguage: Language = {
  builtins: new Map([["INF", "INFINITY"], ["NAN", "NAN"], ["gamma", "tgamma"], ["sort", "qsort"]]),
  builtinHelpers: (name) => (name === "sort" ? [["ng_ascending", ASCENDING]] : []),
  prefix: (name) => `ng_${name}`,
  tableName: (name) => `NG_${name}_TABLE`,
  table: (name, t) => `/* ${t.doc} */\nstatic const double NG_${name}_TABLE[${t.values.length}] = {${t.values.map(floatText).join(", ")}};`,
  array: (name, size) => `double ${name}[${size}] = {0.0};`,
  sort: (array, count) => `qsort(${array}, (size_t)(${count}), sizeof *${array}, ng_ascending);`,
  whole: (name, value) => `const long ${name} = (long)(${value});`,
  func: (name, h, body) => {
    const list = h.params.map((p) => {
      const [kind, id] = param(p);
      return kind === "array" ? `double *${id}` : `${kind} ${id}`;
    });
    return `/* ${h.doc} */\nstatic double ng_${name}(${list.join(", ")}) {\n    ${body.join("\n    ")}\n}`;
  },
};

/** Python on NumPy float64 scalars, so that overflow and 0/0 give IEEE values (under the caller's errstate), not exceptions. */
const pythonLanguage: Language = {
  builtins: new Map([...MATH.map((f) => [f, `np.${f}`] as const), ["pow", "np.power"], ["fabs", "np.abs"], ["fmax", "np.fmax"], ["fmin", "np.fmin"], ["isnan", "np.isnan"], ["INF", "np.inf"], ["NAN", "np.nan"], ["erf", "math.erf"], ["erfc", "math.erfc"], ["gamma", "_gamma1"], ["lgamma", "_lgamma1"]]),
  builtinHelpers: (name) => (name === "gamma" ? [["_gamma1", PYTHON_MATH.get("_gamma1")!]] : name === "lgamma" ? [["_lgamma1", PYTHON_MATH.get("_lgamma1")!]] : []),
  prefix: (name) => `_${name}`,
  tableName: (name) => `_${name}`,
  table: (name, t) => `# ${t.doc}\n_${name} = (${t.values.map(floatText).join(", ")})`,
  array: (name, size) => `${name} = [np.float64(0.0)] * ${size}`,
  sort: (array, count) => `${array}[:${count}] = sorted(${array}[:${count}])`,
  whole: (name, value) => `${name} = int(${value})`,
  func: (name, h, body) => {
    const params = h.params.map(param);
    const conversions = params.flatMap(([kind, id]) => (kind === "array" ? [] : [`    ${id} = ${kind === "long" ? "int" : "np.float64"}(${id})`]));
    return [`def _${name}(${params.map(([, id]) => id).join(", ")}):`, `    """${h.doc}"""`, ...conversions, ...body.map((l) => `    ${l}`)].join("\n");
  },
};

const LANGUAGES: Record<HelperLanguage, Language> = { js: jsLanguage(false), ts: jsLanguage(true), c: cLanguage, python: pythonLanguage };

/** One expression of the notation in the language: names mapped, Python's operators spelled out. */
function expression(text: string, lang: HelperLanguage, rename: (id: string) => string, arrays: ReadonlySet<string>): string {
  const mapped = text.replace(/\b[A-Za-z_]\w*\b/g, rename);
  if (lang === "js") return mapped.replace(/([!=])=(?!=)/g, "$1==");
  // An element of a table or local array is a number also under noUncheckedIndexedAccess.
  const element = (name: string) => /^_[A-Z][A-Z0-9_]*$/.test(name) || arrays.has(name);
  if (lang === "ts") return mapped.replace(/([!=])=(?!=)/g, "$1==").replace(/\b(\w+)\[([^\]]+)\]/g, (all: string, name: string, index: string) => (element(name) ? `${name}[${index}]!` : all));
  if (lang === "c") return mapped;
  return mapped.replace(/&&/g, "and").replace(/\|\|/g, "or").replace(/!(?!=)/g, "not ");
}

/** The condition of a one-line `if (COND) STATEMENT;` and its statement, by balanced parentheses. */
function condition(line: string): [string, string] {
  let depth = 0;
  for (let i = 3; i < line.length; i++) {
    if (line[i] === "(") depth++;
    else if (line[i] === ")" && --depth === 0) return [line.slice(4, i), line.slice(i + 2)];
  }
  throw new ArgumentError(`special.ts: unbalanced condition in '${line}'.`);
}

/** The statements of a body as lines of the language, indented by block. */
function statements(helper: Helper, lang: HelperLanguage, rename: (id: string) => string): string[] {
  const body = helper.body;
  const out: string[] = [];
  const indent = lang === "python" ? "    " : lang === "c" ? "    " : "  ";
  let depth = 0;
  const arrays = new Set(helper.params.map(param).flatMap(([kind, id]) => (kind === "array" ? [id] : [])));
  const e = (t: string) => expression(t, lang, rename, arrays);
  // Python's range takes whole numbers: a bound that is not a literal (a double in the notation) is converted.
  const bound = (t: string) => (/^-?\d+$/.test(t) ? t : `int(${e(t)})`);
  const emit = (line: string) => out.push(indent.repeat(depth) + line);
  // The statements without comments: where a variable is assigned again (JavaScript's let, else const).
  const code = body.split("\n").filter((l) => !l.trim().startsWith("//")).join("\n");
  for (const raw of body.trim().split("\n")) {
    const line = raw.trim();
    let m: RegExpMatchArray | null;
    if (line.startsWith("//")) {
      emit(lang === "python" ? `#${line.slice(2)}` : lang === "c" ? `/*${line.slice(2)} */` : line);
    } else if (line === "}") {
      depth--;
      if (lang !== "python") emit("}");
    } else if ((m = line.match(/^} else if \((.*)\) \{$/))) {
      depth--;
      emit(lang === "python" ? `elif ${e(m[1]!)}:` : `} else if (${e(m[1]!)}) {`);
      depth++;
    } else if (line === "} else {") {
      depth--;
      emit(lang === "python" ? "else:" : "} else {");
      depth++;
    } else if ((m = line.match(/^(if|while) \((.*)\) \{$/))) {
      emit(lang === "python" ? `${m[1]} ${e(m[2]!)}:` : `${m[1]} (${e(m[2]!)}) {`);
      depth++;
    } else if ((m = line.match(/^for \(let (\w+) = (.+); \1 (<|>=) (.+); \1(\+\+|--)\) \{$/))) {
      const [, v, from, rel, to] = m as unknown as [string, string, string, string, string];
      if (lang === "python") emit(rel === "<" ? `for ${v} in range(${bound(from)}, ${bound(to)}):` : `for ${v} in range(${bound(from)}, ${/^\d+$/.test(to) ? Number(to) - 1 : `${bound(to)} - 1`}, -1):`);
      else emit(`for (${lang === "c" ? "long" : "let"} ${v} = ${e(from)}; ${v} ${rel} ${e(to)}; ${v}${m[5]}) {`);
      depth++;
    } else if (line.startsWith("if (") && line.endsWith(";")) {
      const [cond, statement] = condition(line);
      emit(lang === "python" ? `if ${e(cond)}: ${e(statement.slice(0, -1))}` : `if (${e(cond)}) ${e(statement)}`);
    } else if ((m = line.match(/^sort\((\w+), (.+)\);$/))) {
      rename("sort");
      emit(LANGUAGES[lang].sort(m[1]!, e(m[2]!)));
    } else if ((m = line.match(/^long (\w+) = (.+);$/))) {
      emit(LANGUAGES[lang].whole(m[1]!, e(m[2]!)));
    } else if ((m = line.match(/^let (\w+)\[(\d+)\];$/))) {
      arrays.add(m[1]!);
      emit(LANGUAGES[lang].array(m[1]!, m[2]!));
    } else if ((m = line.match(/^(\w+)\[(.+)\] ([-+*/]?=) (.+);$/)) && arrays.has(m[1]!)) {
      // an element assigned: no non-null assertion on the left
      emit(`${m[1]}[${e(m[2]!)}] ${m[3]} ${e(m[4]!)}${lang === "python" ? "" : ";"}`);
    } else if ((m = line.match(/^let (\w+) = (.+);$/))) {
      const reassigned = new RegExp(`(^|[^\\w.])${m[1]} ([-+*/]?=) `, "m").test(code.replace(line, ""));
      // In C a comparison is an int, everything else a double.
      const type = lang === "c" ? (/ (==|!=|<|>|<=|>=) /.test(m[2]!) ? "int " : "double ") : lang === "python" ? "" : reassigned ? "let " : "const ";
      emit(`${type}${m[1]} = ${e(m[2]!)}${lang === "python" ? "" : ";"}`);
    } else if (line.endsWith(";")) {
      emit(lang === "python" ? e(line.slice(0, -1)) : `${e(line.slice(0, -1))};`);
    } else {
      throw new ArgumentError(`special.ts: cannot translate the line '${line}'.`);
    }
  }
  return out;
}

/** The texts of a helper and of everything it uses, dependencies first: [name in the language, text]. */
function texts(name: string, lang: HelperLanguage, done = new Map<string, string>()): Map<string, string> {
  const language = LANGUAGES[lang];
  const helper = HELPERS.get(name)!;
  const own = language.prefix(name);
  if (done.has(own)) return done;
  const uses: string[] = [];
  const rename = (id: string): string => {
    const builtin = language.builtins.get(id);
    if (builtin !== undefined) {
      if (id !== name) uses.push(`builtin:${id}`);
      return builtin;
    }
    if (TABLES.has(id)) {
      uses.push(`table:${id}`);
      return language.tableName(id);
    }
    if (HELPERS.has(id)) {
      if (id !== name) uses.push(`helper:${id}`);
      return language.prefix(id);
    }
    return id;
  };
  const body = statements(helper, lang, rename);
  for (const use of uses) {
    const [kind, id] = use.split(":") as [string, string];
    if (kind === "table") {
      const key = language.tableName(id);
      if (!done.has(key)) done.set(key, language.table(id, TABLES.get(id)!));
    } else if (kind === "helper") texts(id, lang, done);
    else for (const [n, t] of language.builtinHelpers(id)) if (!done.has(n)) done.set(n, t);
  }
  done.set(own, language.func(name, helper, body));
  return done;
}

const jsText = (name: string, typed: boolean): [string, string][] => [...texts(name, typed ? "ts" : "js")];

/** The functions of the engine with a helper here, by record name (digamma and trigamma reach exports as polygamma). */
export const SPECIAL_FUNCTIONS: readonly string[] = ["gamma", "loggamma", "polygamma", "beta", "digammadiff", "erfinv", "erfcinv", "erfcx", "log1pmx", "lowergamma", "uppergamma", "gammainc", "gammaincc", "gammadensity"];

/**
 * The helper texts the language needs for the function (a record name of SPECIAL_FUNCTIONS), dependencies
 * first, as [name, text]; the last is the function to call.
 */
export function specialHelpers(fn: string, lang: HelperLanguage): [string, string][] {
  if (!SPECIAL_FUNCTIONS.includes(fn)) throw new ArgumentError(`No special-function helper for '${fn}'.`);
  return [...texts(fn, lang)];
}

/** The kernels of the reduction records along a row (src/core/functions/), by record, as helpers of special-sources.ts. */
const ROW_KERNELS: ReadonlyMap<string, string> = new Map([["SparsemaxThreshold", "sparsemax_threshold"], ["Quantile", "quantile"], ["QuantileWeight", "quantile_weight"]]);

/**
 * The helper texts of a row reduction's kernel (SparsemaxThreshold, Quantile, QuantileWeight), dependencies
 * first, as [name, text]; the last is the kernel, called as (values, count, ...the record's extra arguments).
 */
export function rowHelpers(op: string, lang: HelperLanguage): [string, string][] {
  const name = ROW_KERNELS.get(op);
  if (name === undefined) throw new ArgumentError(`No row helper for '${op}'.`);
  return [...texts(name, lang)];
}

/** A constant table of special-sources.ts as the language's text: [its name in the language, text]. */
export function tableText(name: string, lang: HelperLanguage): [string, string] {
  const language = LANGUAGES[lang];
  return [language.tableName(name), language.table(name, TABLES.get(name)!)];
}

/** Every helper and table name the language's texts may define (reserved against the formula's names). */
export function specialNames(lang: HelperLanguage): string[] {
  const names = new Set<string>();
  for (const fn of SPECIAL_FUNCTIONS) for (const [name] of specialHelpers(fn, lang)) names.add(name);
  for (const op of ROW_KERNELS.keys()) for (const [name] of rowHelpers(op, lang)) names.add(name);
  return [...names];
}
