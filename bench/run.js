/**
 * `node bench/run.js [--smoke] [--json]`: how fast neurogebra (the built dist/) is against the hand-written
 * limit and its peers, all measured in this one process so that machine noise cancels in the ratios.
 * --smoke runs tiny sizes once each (CI checks that the harness still works); --json prints the data only.
 */
import os from "node:os";
import process from "node:process";
import * as math from "mathjs";
import * as lib from "../dist/index.js";
import { coldStartJobs } from "./coldstart.js";
import { elementwiseJobs } from "./elementwise.js";
import { float32Jobs } from "./float32.js";
import { runJobs } from "./measure.js";
import { formatReport } from "./report.js";
import { scalarJobs } from "./scalar.js";
import { symbolicJobs } from "./symbolic.js";
import { vectorJobs } from "./vector.js";
import { judgeTargets } from "./targets.js";
import { loadTf } from "./tf.js";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== "--smoke" && a !== "--json");
if (unknown.length > 0) {
  process.stderr.write(`Unknown option ${unknown.join(", ")}. Usage: node bench/run.js [--smoke] [--json]\n`);
  process.exit(2);
}
const smoke = args.has("--smoke");

const ctx = { lib, math, tf: await loadTf(), forge: new lib.MathForge() };
// Cold start first: it spawns processes that import dist/, so a broken build fails the run at once.
const suites = {
  coldStart: coldStartJobs(ctx),
  elementwise: elementwiseJobs(ctx, { smoke }),
  float32: await float32Jobs(ctx, { smoke }),
  scalar: scalarJobs(ctx, { smoke }),
  symbolic: symbolicJobs(ctx),
  vector: vectorJobs(ctx, { smoke }),
};
const medians = await runJobs(Object.values(suites).flatMap((s) => s.jobs), { smoke });

const result = {
  machine: { node: process.version, cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, date: new Date().toISOString().slice(0, 10), smoke },
  sizes: suites.elementwise.sizes,
  ...Object.fromEntries(Object.entries(suites).map(([name, suite]) => [name, suite.summarize(medians)])),
};
result.targets = judgeTargets(result);

process.stdout.write(`${args.has("--json") ? JSON.stringify(result, null, 2) : formatReport(result)}\n`);
