/**
 * `node bench/fit.js [--smoke] [--json]`: curve fitting against ml-levenberg-marquardt (the npm Levenberg–
 * Marquardt package), in one process. Accuracy: the 27 NIST StRD nonlinear regression problems from both
 * starting points, as correct significant digits (LRE) of the parameters against the certified values.
 * Speed: fits per second on each problem (start 1), and one fit of a 3-parameter model to 1e5 points.
 * --smoke fits three problems once each (what test/bench/fit-smoke.test.ts runs); --json prints the data only.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import process from "node:process";
import { levenbergMarquardt as mlLM } from "ml-levenberg-marquardt";
import * as lib from "../dist/index.js";
import { runJobs } from "./measure.js";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== "--smoke" && a !== "--json");
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown.join(", ")}. Usage: node bench/fit.js [--smoke] [--json]\n`);
  process.exit(2);
}
const smoke = args.has("--smoke");

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "../test/fixtures/nist-strd.json"), "utf8"));
const problems = smoke ? fixture.problems.filter((p) => ["Misra1a", "Nelson", "Bennett5"].includes(p.name)) : fixture.problems;

/** Correct significant digits of value against certified (0 when wrong in the first digit or not finite). */
function lre(value, certified) {
  if (value === certified) return 15;
  const digits = -Math.log10(Math.abs(value - certified) / Math.abs(certified));
  return Number.isFinite(digits) ? Math.max(0, Math.min(15, digits)) : 0;
}

function target(p) {
  return p.response === "log(y)" ? p.y.map(Math.log) : p.y;
}

/** neurogebra: Expression.fit with its defaults (Levenberg–Marquardt, exact compiled Jacobian). */
function ours(p, start) {
  const expression = new lib.Expression(p.name, p.formula, { params: Object.fromEntries(p.params.map((b, i) => [b, start[i]])) });
  const y = target(p);
  return () => {
    const r = expression.fit(p.inputs, y);
    return p.params.map((b) => r.params[b]);
  };
}

/**
 * ml-levenberg-marquardt fits y = f(x) over numbers x; the data point's index stands for x so that Nelson's two
 * inputs fit too. The model function is our compiled one, so both fitters evaluate the same arithmetic.
 * "defaults": its documented defaults (finite-difference Jacobian, 100 iterations, errorTolerance 1e-2).
 * "exact": given the exact Jacobian (our compiled gradients), 1000 iterations, errorTolerance 0.
 */
function theirs(p, start, variant) {
  const expression = new lib.Expression(p.name, p.formula, { params: Object.fromEntries(p.params.map((b) => [b, 0])) });
  const f = expression.compile();
  const grads = p.params.map((b) => expression.gradient(b).compile());
  const inputs = expression.variables.map((v) => p.inputs[v]);
  const at = (i) => inputs.map((col) => col[i]);
  const data = { x: p.y.map((_, i) => i), y: target(p) };
  const options = variant === "defaults"
    ? { initialValues: [...start] }
    : { initialValues: [...start], maxIterations: 1000, errorTolerance: 0, jacobianFunction: (params) => (i) => grads.map((g) => g(...at(i), ...params)) };
  return () => {
    const r = mlLM(data, (params) => (i) => f(...at(i), ...params), options);
    return r.parameterValues;
  };
}

const FITTERS = { neurogebra: (p, s) => ours(p, s), "ml-lm defaults": (p, s) => theirs(p, s, "defaults"), "ml-lm exact Jacobian": (p, s) => theirs(p, s, "exact") };

// Accuracy: every problem from both starts, each fitter once.
const accuracy = problems.map((p) => ({
  name: p.name,
  difficulty: p.difficulty,
  // A fitter that throws (ml-levenberg-marquardt does on some problems) scores null and is not timed there.
  digits: Object.fromEntries(Object.entries(FITTERS).map(([label, make]) => [label, p.starts.map((start) => {
    try {
      const values = make(p, start)();
      return Math.min(...values.map((v, i) => lre(v, p.certified[i])));
    } catch {
      return null;
    }
  })])),
}));
const passing = Object.fromEntries(Object.keys(FITTERS).map((label) => [label, accuracy.reduce((n, a) => n + a.digits[label].filter((d) => d !== null && d >= 6).length, 0)]));

// Speed: fits per second from start 1, and a 3-parameter fit to 1e5 points.
const jobs = [];
for (const [k, p] of problems.entries()) {
  for (const [label, make] of Object.entries(FITTERS)) if (accuracy[k].digits[label][0] !== null) jobs.push({ key: `${p.name}|${label}`, label: `fit: ${p.name} ${label}`, fn: make(p, p.starts[0]), options: { time: 300, iterations: 3 } });
}
const n = smoke ? 1000 : 100000;
const xs = Array.from({ length: n }, (_, i) => (10 * i) / n);
let seed = 1;
const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 0.02;
const big = { name: "big", formula: "a*exp(-b*x) + c", params: ["a", "b", "c"], inputs: { x: xs }, y: xs.map((x) => 2.5 * Math.exp(-0.7 * x) + 0.3 + noise()), response: "y" };
const bigStart = [1, 1, 0];
jobs.push({ key: "big|neurogebra", label: "fit: 1e5 points neurogebra", fn: ours(big, bigStart), options: { time: 1000, iterations: 3 } });
jobs.push({ key: "big|ml-lm defaults", label: "fit: 1e5 points ml-lm", fn: theirs(big, bigStart, "defaults"), options: { time: 1000, iterations: 3 } });
const medians = await runJobs(jobs, { smoke });

const speed = problems.map((p) => ({
  name: p.name,
  fitsPerSecond: Object.fromEntries(Object.keys(FITTERS).map((label) => [label, medians.has(`${p.name}|${label}`) ? 1000 / medians.get(`${p.name}|${label}`) : null])),
}));
const bigFit = { points: n, params: 3, neurogebraMs: medians.get("big|neurogebra"), mlLmMs: medians.get("big|ml-lm defaults"), neurogebraParams: ours(big, bigStart)() };

const result = {
  machine: { node: process.version, cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, date: new Date().toISOString().slice(0, 10), smoke },
  fits: problems.length * 2,
  passing,
  accuracy,
  speed,
  big: bigFit,
};

function report(r) {
  const labels = Object.keys(FITTERS);
  const lines = [`neurogebra fit benchmarks — node ${r.machine.node}, ${r.machine.cpu} (${r.machine.cores} cores), ${r.machine.date}`, ""];
  lines.push(`NIST StRD: fits with >= 6 correct digits in every parameter, of ${r.fits}: ${labels.map((l) => `${l} ${r.passing[l]}`).join(", ")}`, "");
  lines.push(`| problem | difficulty | ${labels.map((l) => `${l} digits (start 1 / 2)`).join(" | ")} | ${labels.map((l) => `${l} fits/s`).join(" | ")} |`);
  lines.push(`|---|---|${labels.map(() => "---:").join("|")}|${labels.map(() => "---:").join("|")}|`);
  r.accuracy.forEach((a, i) => {
    const digits = labels.map((l) => a.digits[l].map((d) => (d === null ? "throws" : d.toFixed(1))).join(" / "));
    const fps = labels.map((l) => (r.speed[i].fitsPerSecond[l] === null ? "-" : Math.round(r.speed[i].fitsPerSecond[l]).toString()));
    lines.push(`| ${a.name} | ${a.difficulty} | ${digits.join(" | ")} | ${fps.join(" | ")} |`);
  });
  lines.push("", `3-parameter model a*exp(-b*x) + c, ${r.big.points} points: neurogebra ${r.big.neurogebraMs.toFixed(1)} ms per fit, ml-lm (defaults) ${r.big.mlLmMs.toFixed(1)} ms`);
  return lines.join("\n");
}

process.stdout.write(`${args.has("--json") ? JSON.stringify(result, null, 2) : report(result)}\n`);
