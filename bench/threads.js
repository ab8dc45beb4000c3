/**
 * `node bench/threads.js [--smoke] [--json]`: the compiled kernels over 2^20 and 2^22 doubles in [-10, 10] on
 * one thread and on two (`map(..., { threads })`, through the package's Node entry, which installs worker
 * threads), in one process, the two alternating call by call so that both see the same load.
 *
 * Per call it records the wall time and the process's CPU time (every thread's). The CPU time of one thread
 * gives the per-thread throughput, which the machine's load hardly changes (the wall time it changes a lot);
 * besides the median wall times, the best of the calls shows what each does when the machine leaves it alone.
 * The projection to T threads: the caller alone copies the inputs into the shared memory and the results out
 * (c, measured as typed-array copies of the same size), every thread computes, so a call takes
 * max(c, t1/T) where t1 is the one-thread CPU time (copies included), and the speedup is t1/max(c, t1/T). It
 * assumes idle cores and memory bandwidth to spare.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import process from "node:process";
import * as lib from "../dist/node.js";
import { uniformInputs } from "./elementwise.js";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== "--smoke" && a !== "--json");
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown.join(", ")}. Usage: node bench/threads.js [--smoke] [--json]\n`);
  process.exit(2);
}
const smoke = args.has("--smoke");
const NAMES = ["relu", "sigmoid", "tanh", "gelu", "gelu_erf", "softplus", "mish", "elu", "selu"];
const SIZES = smoke ? [lib.THREADS_MIN_LENGTH] : [lib.THREADS_MIN_LENGTH, 4 * lib.THREADS_MIN_LENGTH];
const ROUNDS = smoke ? 1 : 9;
const PROJECTED = 8;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Wall and CPU milliseconds of one call. */
function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const forge = new lib.MathForge();
const rows = [];
for (const n of SIZES) {
  const xs = uniformInputs(n);
  const scratch = new Float64Array(n);
  const out = new Float64Array(n);
  const copyMs = median(Array.from({ length: ROUNDS }, () => timed(() => (scratch.set(xs), out.set(scratch))).cpu));
  for (const name of NAMES) {
    for (const kind of ["value", "gradient"]) {
      const expr = kind === "value" ? forge.get(name) : forge.get(name).gradient("x");
      const f = expr.compile();
      const params = Object.values(expr.params);
      const label = kind === "value" ? name : `${name}'`;
      const [one, two] = [new Float64Array(n), new Float64Array(n)];
      f.map([xs], params, one, { threads: 1 });
      f.map([xs], params, two, { threads: 2 });
      // Threads must not change a single bit.
      two.forEach((v, i) => {
        if (!Object.is(v, one[i])) throw new Error(`${label}: 2 threads give ${v} at ${i}, one thread ${one[i]}.`);
      });
      const samples = { 1: [], 2: [] };
      for (let r = 0; r < ROUNDS; r++) for (const threads of [1, 2]) samples[threads].push(timed(() => f.map([xs], params, out, { threads })));
      const [t1, t2] = [1, 2].map((t) => ({ wall: median(samples[t].map((s) => s.wall)), best: Math.min(...samples[t].map((s) => s.wall)), cpu: median(samples[t].map((s) => s.cpu)) }));
      const projected = t1.cpu / Math.max(copyMs, t1.cpu / PROJECTED);
      rows.push({ label, n, oneThread: t1, twoThreads: t2, speedup: t1.wall / t2.wall, bestSpeedup: t1.best / t2.best, melemPerCpuSecond: n / t1.cpu / 1e3, copyMs, projected8: projected });
    }
  }
}
lib.shutdownThreads();

if (args.has("--json")) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else {
  const header = ["kernel", "n", "1 thread ms", "2 threads ms", "speedup", "best 1", "best 2", "best speedup", "1 thread CPU ms", "2 threads CPU ms", "Melem/s per thread", "copies ms", `projected ${PROJECTED} threads`];
  const body = rows.map((r) => [
    r.label, String(r.n), r.oneThread.wall.toFixed(1), r.twoThreads.wall.toFixed(1), `${r.speedup.toFixed(2)}x`, r.oneThread.best.toFixed(1), r.twoThreads.best.toFixed(1), `${r.bestSpeedup.toFixed(2)}x`,
    r.oneThread.cpu.toFixed(1), r.twoThreads.cpu.toFixed(1), r.melemPerCpuSecond.toFixed(0), r.copyMs.toFixed(1), `${r.projected8.toFixed(1)}x`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  process.stdout.write(`Worker threads, median of ${ROUNDS} alternating calls (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)\n`);
  process.stdout.write(`${[line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")}\n`);
}
