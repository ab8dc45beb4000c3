// The benchmark harness runs on the built package and is not run by CI in full: this smoke run (tiny sizes,
// one call per job) keeps it from rotting as the library changes. test/build-once.ts builds dist/ first.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const FUNCTIONS = ["relu", "sigmoid", "tanh", "gelu", "gelu_erf", "softplus", "mish", "elu", "selu"];

// Every number the report shows must be a positive, finite measurement.
const positive = (values: Record<string, number>) => {
  for (const [key, v] of Object.entries(values)) {
    expect(v, key).toBeGreaterThan(0);
    expect(v, key).toBeLessThan(Infinity);
  }
};

interface Result {
  machine: { node: string; cpu: string; smoke: boolean };
  elementwise: { name: string; kind: string; nsPerElement: Record<string, number>; ratios: Record<string, number> }[];
  float32: { name: string; kind: string; nsPerElement: Record<string, number>; ratios: Record<string, number> }[];
  scalar: { name: string; callsPerSecond: Record<string, number> }[];
  symbolic: { entries: { name: string; neurogebraMs: number; mathjsMs: number | null; mathjsUnsupported: string | null }[]; totalNeurogebraMs: number };
  coldStart: Record<string, number>;
  targets: { target: string; met: boolean; worst: string }[];
}

describe("bench/run.js --smoke --json", () => {
  let result: Result;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bench/run.js", "--smoke", "--json"], { cwd: root, timeout: 50_000 });
    result = JSON.parse(stdout) as Result;
  }, 60_000);

  it("describes the machine", () => {
    expect(result.machine.smoke).toBe(true);
    expect(result.machine.node).toBe(process.version);
    expect(result.machine.cpu.length).toBeGreaterThan(0);
  });

  it("times every function and gradient five ways", () => {
    const rows = result.elementwise.map((r) => `${r.name}/${r.kind}`);
    expect(rows).toEqual(FUNCTIONS.flatMap((f) => [`${f}/value`, `${f}/gradient`]));
    for (const r of result.elementwise) {
      expect(Object.keys(r.nsPerElement).sort()).toEqual(["compiled", "eval", "hand", "js", "mathjs", "tfjs"]);
      positive(r.nsPerElement);
      positive(r.ratios);
    }
  });

  it("times every function and gradient over float32 data five ways (TF.js on its CPU and WASM backends)", () => {
    expect(result.float32.map((r) => `${r.name}/${r.kind}`)).toEqual(FUNCTIONS.flatMap((f) => [`${f}/value`, `${f}/gradient`]));
    for (const r of result.float32) {
      expect(Object.keys(r.nsPerElement).sort()).toEqual(["compiled", "eval", "hand", "tfjs", "tfjsWasm"]);
      positive(r.nsPerElement);
      positive(r.ratios);
    }
  });

  it("counts scalar calls of every function", () => {
    expect(result.scalar.map((r) => r.name)).toEqual(FUNCTIONS);
    for (const r of result.scalar) positive(r.callsPerSecond);
  });

  it("differentiates every catalog entry, with mathjs where it can", async () => {
    const { CATALOG } = await import("../../src/index.js");
    expect(result.symbolic.entries.map((e) => e.name)).toEqual(CATALOG.map((e) => e.name));
    for (const e of result.symbolic.entries) {
      expect(e.neurogebraMs).toBeGreaterThan(0);
      if (e.mathjsMs === null) expect(e.mathjsUnsupported).toBeTruthy();
      else expect(e.mathjsMs).toBeGreaterThan(0);
    }
    expect(result.symbolic.entries.some((e) => e.mathjsMs !== null)).toBe(true);
  });

  it("times the cold start", () => positive(result.coldStart));

  it("judges the eight targets", () => {
    expect(result.targets).toHaveLength(8);
    for (const t of result.targets) expect(typeof t.met).toBe("boolean");
  });
});

describe("bench/simd-math.js --smoke", () => {
  it("measures every SIMD function against its hand-written loop", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bench/simd-math.js", "--smoke"], { cwd: root, timeout: 50_000 });
    const rows = stdout.trim().split("\n").slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(["exp", "expm1", "log", "log1p", "erf", "erfc", "tanh", "sigmoid", "softplus"]);
    for (const row of rows) positive(Object.fromEntries(row.split(/\s+/).slice(1, 4).map((v, k) => [String(k), Number(v)])));
  }, 60_000);
});

describe("bench/threads.js --smoke --json", () => {
  it("times every kernel on one thread and two, bit-identical, with the projection", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bench/threads.js", "--smoke", "--json"], { cwd: root, timeout: 50_000 });
    const rows = JSON.parse(stdout) as { label: string; oneThread: Record<string, number>; twoThreads: Record<string, number>; melemPerCpuSecond: number; projected8: number }[];
    expect(rows.map((r) => r.label)).toEqual(FUNCTIONS.flatMap((f) => [f, `${f}'`]));
    for (const r of rows) positive({ ...r.oneThread, ...r.twoThreads, throughput: r.melemPerCpuSecond, projected: r.projected8 });
  }, 60_000);
});
