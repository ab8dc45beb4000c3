/**
 * Cold start: import of the built package and the first `new MathForge()`, each timed inside a fresh Node
 * process (so module caches and JIT state are cold) and handed to tinybench as the sample's duration.
 * A warm `new MathForge()` in this process shows the steady-state cost.
 */
import { execFileSync } from "node:child_process";
import process from "node:process";
import { URL } from "node:url";

const DIST = new URL("../dist/index.js", import.meta.url).href;

const CHILD = `
const t0 = performance.now();
const { MathForge } = await import(${JSON.stringify(DIST)});
const t1 = performance.now();
new MathForge();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, forgeMs: t2 - t1 }));
`;

function child() {
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", CHILD], { encoding: "utf8" }));
}

export function coldStartJobs({ lib }) {
  const cold = (field) => () => ({ overriddenDuration: child()[field] });
  const jobs = [
    { key: "coldStart|import", label: "cold start: import", fn: cold("importMs"), options: { time: 0, iterations: 7 } },
    { key: "coldStart|forge", label: "cold start: new MathForge()", fn: cold("forgeMs"), options: { time: 0, iterations: 7 } },
    { key: "coldStart|warmForge", label: "cold start: new MathForge() (warm)", fn: () => new lib.MathForge(), options: { time: 250 } },
  ];
  const summarize = (medians) => ({ importMs: medians.get("coldStart|import"), newMathForgeMs: medians.get("coldStart|forge"), warmNewMathForgeMs: medians.get("coldStart|warmForge") });
  return { jobs, summarize };
}
