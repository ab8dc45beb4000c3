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
    writeFileSync(join(dir, "main.c"), main);
    const exe = join(dir, "run");
    execFileSync("cc", ["-O2", "-std=c99", "-Wall", "-Werror", "-o", exe, join(dir, "main.c"), "-lm"], { stdio: ["ignore", "ignore", "pipe"] });
    const input = cases.flatMap((c, k) => c.args[0]!.map((_, row) => `${k} ${c.args.length} ${c.args.map((a) => toText(a[row]!)).join(" ")}`)).join("\n");
    const lines = execFileSync(exe, { input, maxBuffer: 1 << 28, encoding: "utf8" }).trim().split("\n");
    let at = 0;
    return cases.map((c) => c.args[0]!.map(() => fromPython(lines[at++]!.replace("-nan", "nan"))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
