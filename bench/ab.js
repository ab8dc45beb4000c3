/**
 * `node bench/ab.js OLD_DIST NEW_DIST`: the same calls through two builds of the library, interleaved in one
 * process (so that machine load hits both alike), for before/after comparisons of a change. Reports the
 * fastest time of each and the ratio new/old, for flat-array eval, the compiled map, and scalar eval({ x }).
 */
import { performance } from "node:perf_hooks";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { uniformInputs } from "./elementwise.js";

const [oldDist, newDist] = process.argv.slice(2);
if (!oldDist || !newDist) {
  process.stderr.write("Usage: node bench/ab.js OLD_DIST NEW_DIST (directories holding index.js)\n");
  process.exit(2);
}
const load = async (dir) => import(pathToFileURL(`${dir}/index.js`).href);
const builds = { old: await load(oldDist), new: await load(newDist) };
const xs = uniformInputs(1_000_000);
const ys = uniformInputs(1_000_000, -1, 1);
const points = uniformInputs(1000);
const NAMES = ["relu", "sigmoid", "gelu", "elu", "mish"];

function cases(lib) {
  const forge = new lib.MathForge();
  const out = [];
  for (const name of NAMES) {
    const e = forge.get(name);
    const g = e.gradient("x");
    const f = e.compile();
    const buffer = new Float64Array(xs.length);
    out.push([`${name} eval(Float64Array)`, () => e.eval({ x: xs })]);
    out.push([`${name}' eval(Float64Array)`, () => g.eval({ x: xs })]);
    out.push([`${name} compiled.map`, () => f.map([xs], Object.values(e.params), buffer)]);
    out.push([
      `${name} eval({ x }) x1000`,
      () => {
        let s = 0;
        for (let i = 0; i < points.length; i++) s += e.eval({ x: points[i] });
        return s;
      },
    ]);
  }
  const mse = forge.get("mse");
  out.push(["mse eval(2 Float64Arrays)", () => mse.eval({ y_pred: xs, y_true: ys })]);
  out.push(["mse eval mean", () => mse.eval({ y_pred: xs, y_true: ys }, { reduction: "mean" })]);
  return out;
}

const both = { old: cases(builds.old), new: cases(builds.new) };
const ROUNDS = 31;
const times = both.old.map(() => ({ old: [], new: [] }));
for (let round = 0; round < ROUNDS; round++) {
  both.old.forEach((_, k) => {
    // Alternate which build goes first, so that neither always runs on a warmer cache.
    for (const which of round % 2 === 0 ? ["old", "new"] : ["new", "old"]) {
      const fn = both[which][k][1];
      const t0 = performance.now();
      fn();
      times[k][which].push(performance.now() - t0);
    }
  });
}
// The fastest run: on a shared machine, load only ever adds time, so the minimum is the least disturbed.
const fastest = (v) => Math.min(...v);
const rows = both.old.map(([label], k) => {
  const o = fastest(times[k].old.slice(3));
  const n = fastest(times[k].new.slice(3));
  return { label, oldMs: o, newMs: n, ratio: n / o };
});
const width = Math.max(...rows.map((r) => r.label.length));
process.stdout.write(`${"case".padEnd(width)}  old ms  new ms  new/old\n`);
for (const r of rows) process.stdout.write(`${r.label.padEnd(width)}  ${r.oldMs.toFixed(2).padStart(6)}  ${r.newMs.toFixed(2).padStart(6)}  ${r.ratio.toFixed(3).padStart(7)}\n`);
const geomean = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
process.stdout.write(`geometric mean new/old: ${geomean.toFixed(3)}\n`);
