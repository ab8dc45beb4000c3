/**
 * `node bench/threads.js [--smoke] [--json]`: the compiled kernels over 2^20 and 2^22 doubles in [-10, 10]
 * on one thread and on two (`map(..., { threads })`, the package's Node entry with worker threads), in one
 * process. From the two times, Amdahl's law t(T) = s + p/T gives the serial part s (copies into and out of
 * the shared memory, waking the workers) and the parallel part p, and from them the projected time on 8 threads.
 */
import process from "node:process";
import * as lib from "../dist/node.js";
import { uniformInputs } from "./elementwise.js";
import { runJobs } from "./measure.js";

const args = new Set(process.argv.slice(2));
const smoke = args.has("--smoke");
const NAMES = ["relu", "sigmoid", "tanh", "gelu", "gelu_erf", "softplus", "mish", "elu", "selu"];
const SIZES = smoke ? [lib.THREADS_MIN_LENGTH] : [lib.THREADS_MIN_LENGTH, 4 * lib.THREADS_MIN_LENGTH];
const THREADS = [1, 2];

const forge = new lib.MathForge();
const jobs = [];
const rows = [];
for (const n of SIZES) {
  const xs = uniformInputs(n);
  for (const name of NAMES) {
    for (const kind of ["value", "gradient"]) {
      const expr = kind === "value" ? forge.get(name) : forge.get(name).gradient("x");
      const f = expr.compile();
      const params = Object.values(expr.params);
      const label = `${kind === "value" ? name : `${name}'`} n=${n}`;
      const outs = THREADS.map(() => new Float64Array(n));
      THREADS.forEach((threads, k) => f.map([xs], params, outs[k], { threads }));
      // Threads must not change a single bit.
      outs[1].forEach((v, i) => {
        if (!Object.is(v, outs[0][i])) throw new Error(`${label}: 2 threads give ${v} at ${i}, one thread ${outs[0][i]}.`);
      });
      THREADS.forEach((threads, k) => jobs.push({ key: `${label}|${threads}`, label: `threads: ${label} · ${threads}`, fn: () => f.map([xs], params, outs[k], { threads }) }));
      rows.push({ label, n });
    }
  }
}
const medians = await runJobs(jobs, { smoke });
const result = rows.map(({ label, n }) => {
  const [t1, t2] = THREADS.map((t) => medians.get(`${label}|${t}`));
  const parallel = 2 * (t1 - t2);
  const serial = t1 - parallel;
  return { label, n, oneThreadMs: t1, twoThreadsMs: t2, speedup: t1 / t2, perThreadMelemPerS: n / t1 / 1e3, projected8: t1 / (serial + parallel / 8) };
});
if (args.has("--json")) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const header = ["kernel", "1 thread ms", "2 threads ms", "speedup", "1 thread Melem/s", "projected 8 threads"];
  const body = result.map((r) => [r.label, r.oneThreadMs.toFixed(2), r.twoThreadsMs.toFixed(2), `${r.speedup.toFixed(2)}x`, r.perThreadMelemPerS.toFixed(0), `${r.projected8.toFixed(1)}x`]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  process.stdout.write(`${[line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n")}\n`);
}
lib.shutdownThreads();
