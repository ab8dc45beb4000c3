/**
 * Runs benchmark jobs through tinybench, one Bench per job, and keeps the median latency of each.
 * Suites describe their jobs first and read the medians afterwards, so the progress line knows the total.
 */
import process from "node:process";
import { Bench } from "tinybench";

/**
 * A job: `key` names its median, `fn` is the timed call; `options` may set `time` (ms budget), `iterations`
 * (minimum count) and `beforeEach` (untimed setup per call). tinybench keeps sampling until both the time
 * budget and the minimum count are met; smoke runs call every job exactly once.
 */
function benchFor(job, smoke) {
  const { time = 400, iterations = 5 } = job.options ?? {};
  const settings = smoke
    ? { time: 0, iterations: 1, warmup: false }
    : { time, iterations, warmupTime: Math.min(time / 4, 100), warmupIterations: 1 };
  const bench = new Bench({ ...settings, throws: true });
  const beforeEach = job.options?.beforeEach;
  bench.add(job.key, job.fn, beforeEach ? { beforeEach } : {});
  return bench;
}

/** Runs every job in order; returns key -> median milliseconds per call. Progress goes to stderr. */
export async function runJobs(jobs, { smoke, stream = process.stderr }) {
  const keys = jobs.map((job) => job.key);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate !== undefined) throw new Error(`Two benchmark jobs share the key '${duplicate}'.`);
  const medians = new Map();
  const progress = createProgress(jobs.length, stream);
  for (const job of jobs) {
    progress.show(job.label ?? job.key);
    const bench = benchFor(job, smoke);
    await bench.run();
    medians.set(job.key, bench.tasks[0].result.latency.p50);
  }
  progress.end();
  return medians;
}

/** One rewritten line on a terminal; on a pipe (CI, tests) one line per section, to keep logs short. */
function createProgress(total, stream) {
  let done = 0;
  let lastSection = "";
  return {
    show(label) {
      done++;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K[${done}/${total}] ${label}`);
        return;
      }
      const section = label.split(":")[0];
      if (section !== lastSection) stream.write(`[${done}/${total}] ${section}\n`);
      lastSection = section;
    },
    end() {
      if (stream.isTTY) stream.write("\r\x1b[2K");
    },
  };
}
