/**
 * Running exported code outside the process: NumPy through one python3 process per batch, C through one cc
 * invocation and one program per batch. Locally a missing tool skips the tests that need it; with CI=true
 * it fails them (.ci/run installs python3-numpy and a C compiler).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const works = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: "ignore" }).status === 0;

export const haveNumpy = works("python3", ["-c", "import numpy"]);
export const haveCc = works("cc", ["--version"]);
export const havePython = works("python3", ["--version"]);
/** Whether a test needing `tool` runs: always in CI (where a missing tool fails it), else when it is present. */
export const runsWith = (present: boolean): boolean => present || process.env.CI === "true";

/** A batch: exported code, the function to call, and one array per argument. */
export interface Case {
  readonly code: string;
  readonly fn: string;
  readonly args: readonly (readonly number[])[];
}

/** Python's text of a double, as JavaScript reads it back. */
const fromPython = (s: string): number => (s === "nan" ? NaN : s === "inf" ? Infinity : s === "-inf" ? -Infinity : Number(s));
const toText = (v: number): string => (Number.isNaN(v) ? "nan" : v === Infinity ? "inf" : v === -Infinity ? "-inf" : Object.is(v, -0) ? "-0.0" : String(v));

const RUNNER = `
import json, sys
import numpy as np
cases = json.load(sys.stdin)
out = []
for case in cases:
    namespace = {}
    exec(case["code"], namespace)
    args = [np.array([float(v) for v in a], dtype=np.float64) for a in case["args"]]
    values = np.broadcast_to(namespace[case["fn"]](*args), args[0].shape)
    out.append([repr(float(v)) for v in values])
json.dump(out, sys.stdout)
`;

/** Runs NumPy exports in one python3 process; one array of results per case. */
export function runNumpy(cases: readonly Case[]): number[][] {
  const input = JSON.stringify(cases.map((c) => ({ code: c.code, fn: c.fn, args: c.args.map((a) => a.map(toText)) })));
  const output = execFileSync("python3", ["-W", "error", "-c", RUNNER], { input, maxBuffer: 1 << 28, encoding: "utf8" });
  return (JSON.parse(output) as string[][]).map((row) => row.map(fromPython));
}

/** Compiles C exports (pasted into one file, as a user might) with cc -O2 and runs the program once; results per case. */
export function runC(cases: readonly Case[]): number[][] {
  const dir = mkdtempSync(join(tmpdir(), "neurogebra-c-"));
  try {
    const arity = cases.map((c) => c.args.length);
    const main = [
      "#include <stdio.h>",
      "#include <stdlib.h>",
      ...cases.map((c) => c.code),
      "int main(void) {",
      "  int k, n;",
      "  while (scanf(\"%d %d\", &k, &n) == 2) {",
      "    double a[8];",
      "    char word[64];",
      "    for (int i = 0; i < n; i++) { scanf(\"%63s\", word); a[i] = strtod(word, NULL); }",
      "    double r = 0;",
      "    switch (k) {",
      ...cases.map((c, k) => `      case ${k}: r = ${c.fn}(${Array.from({ length: arity[k]! }, (_, i) => `a[${i}]`).join(", ")}); break;`),
      "    }",
      "    printf(\"%.17g\\n\", r);",
      "  }",
      "  return 0;",
      "}",
    ].join("\n");
    const input = cases.flatMap((c, k) => c.args[0]!.map((_, row) => `${k} ${c.args.length} ${c.args.map((a) => toText(a[row]!)).join(" ")}`)).join("\n");
    const values = compileAndRun(dir, main, input);
    let at = 0;
    return cases.map((c) => c.args[0]!.map(() => values[at++]!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles a whole C program (cc -O2 -Wall -Werror) and runs it; the numbers it prints, one a line. */
export function runCProgram(main: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), "neurogebra-c-program-"));
  try {
    return compileAndRun(dir, main, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles the program in dir with cc -O2 -Wall -Werror and runs it on the input; the numbers it prints, one a line. */
function compileAndRun(dir: string, main: string, input: string): number[] {
  writeFileSync(join(dir, "main.c"), main);
  const exe = join(dir, "run");
  execFileSync("cc", ["-O2", "-std=c99", "-Wall", "-Werror", "-o", exe, join(dir, "main.c"), "-lm"], { stdio: ["ignore", "ignore", "pipe"] });
  return execFileSync(exe, { input, maxBuffer: 1 << 28, encoding: "utf8" }).trim().split("\n").map((line) => fromPython(line.replace("-nan", "nan")));
}

/** A function of one row exported along the last axis: its code, its name, and whether it fills an output array. */
export interface RowExport {
  readonly code: string;
  readonly fn: string;
  /** Which inputs are rows of n numbers (the others are one number, a class index). */
  readonly vectors: readonly boolean[];
  /** Whether the function gives a vector or matrix per row (C: written through its last argument). */
  readonly array: boolean;
  /** The number of parameters, after the inputs (and, in C, n). */
  readonly params: number;
}

/**
 * One call of a row function: its inputs (rows of n numbers, or numbers; for NumPy also batches of them), the
 * parameters, the output's length.
 */
export interface RowCall {
  readonly fn: number;
  readonly inputs: readonly (readonly number[] | readonly (readonly number[])[] | number)[];
  readonly params: readonly number[];
  readonly length: number;
}

const ROWS_RUNNER = `
import json, sys
import numpy as np
job = json.load(sys.stdin)
functions = []
for f in job["functions"]:
    namespace = {}
    exec(f["code"], namespace)
    functions.append(namespace[f["fn"]])
out = []
for call in job["calls"]:
    args = [np.asarray(a, dtype=np.float64) if isinstance(a, list) else float(a) for a in call["inputs"]]
    values = np.asarray(functions[call["fn"]](*args, *[float(p) for p in call["params"]]), dtype=np.float64).ravel()
    out.append([repr(float(v)) for v in values])
json.dump(out, sys.stdout)
`;

/** Runs NumPy row exports on single rows in one python3 process (warnings are errors); the flat results per call. */
export function runNumpyRows(functions: readonly RowExport[], calls: readonly RowCall[]): number[][] {
  const text = (a: RowCall["inputs"][number]): unknown => (typeof a === "number" ? toText(a) : a.map((b) => text(b)));
  const input = JSON.stringify({ functions, calls: calls.map((c) => ({ fn: c.fn, inputs: c.inputs.map(text), params: c.params.map(toText) })) });
  const output = execFileSync("python3", ["-W", "error", "-c", ROWS_RUNNER], { input, maxBuffer: 1 << 28, encoding: "utf8" });
  return (JSON.parse(output) as string[][]).map((row) => row.map(fromPython));
}

/** Compiles C row exports into one program (cc -O2 -Wall -Werror) and runs every call; the results per call. */
export function runCRows(functions: readonly RowExport[], calls: readonly RowCall[]): number[][] {
  const dir = mkdtempSync(join(tmpdir(), "neurogebra-c-rows-"));
  try {
    const cases = functions.map((f, k) => {
      // The line holds n, the output's length, each input (n numbers or one), then the parameters.
      const args: string[] = [];
      const reads: string[] = ["long at = 0;"];
      f.vectors.forEach((vector, m) => {
        reads.push(vector ? `const double *a${m} = v + at; at += n;` : `const double a${m} = v[at++];`);
        args.push(`a${m}`);
      });
      args.push("n", ...Array.from({ length: f.params }, (_, p) => `v[at + ${p}]`));
      const call = `${f.fn}(${[...args, ...(f.array ? ["out"] : [])].join(", ")})`;
      return `      case ${k}: { ${reads.join(" ")} ${f.array ? call : `out[0] = ${call}`}; break; }`;
    });
    const main = [
      "#include <stdio.h>",
      "#include <stdlib.h>",
      ...new Set(functions.map((f) => f.code)),
      "static double v[1 << 16], out[1 << 16];",
      "int main(void) {",
      "  int k, count;",
      "  long n, length;",
      "  char word[64];",
      "  while (scanf(\"%d %ld %ld %d\", &k, &n, &length, &count) == 4) {",
      "    for (int i = 0; i < count; i++) { if (scanf(\"%63s\", word) != 1) return 1; v[i] = strtod(word, NULL); }",
      "    switch (k) {",
      ...cases,
      "    }",
      "    for (long i = 0; i < length; i++) printf(\"%.17g\\n\", out[i]);",
      "  }",
      "  return 0;",
      "}",
    ].join("\n");
    const input = calls
      .map((c) => {
        const rows = c.inputs.map((a) => (typeof a === "number" ? [a] : a.map(Number)));
        const values = [...rows.flat(), ...c.params];
        const n = c.inputs.find((a) => typeof a !== "number")!.length;
        return `${c.fn} ${n} ${c.length} ${values.length} ${values.map(toText).join(" ")}`;
      })
      .join("\n");
    const values = compileAndRun(dir, main, input);
    let at = 0;
    return calls.map((c) => Array.from({ length: c.length }, () => values[at++]!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
