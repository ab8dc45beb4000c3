// The fit benchmark (bench/fit.js) on three NIST problems, once each: it keeps the harness from rotting and
// checks that its accuracy figures are those of the fits (neurogebra's NIST fits are tested in test/fit/).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

interface Result {
  fits: number;
  passing: Record<string, number>;
  accuracy: { name: string; digits: Record<string, (number | null)[]> }[];
  speed: { name: string; fitsPerSecond: Record<string, number | null> }[];
  big: { points: number; neurogebraMs: number; mlLmMs: number; neurogebraParams: number[] };
}

it("bench/fit.js --smoke --json measures accuracy and speed against ml-levenberg-marquardt", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["bench/fit.js", "--smoke", "--json"], { cwd: root, timeout: 50_000 });
  const r = JSON.parse(stdout) as Result;
  expect(r.fits).toBe(6);
  expect(r.accuracy.map((a) => a.name)).toEqual(["Misra1a", "Nelson", "Bennett5"]);
  expect(r.passing.neurogebra).toBe(6);
  for (const a of r.accuracy) for (const d of a.digits.neurogebra!) expect(d).toBeGreaterThanOrEqual(6);
  for (const s of r.speed) expect(s.fitsPerSecond.neurogebra).toBeGreaterThan(0);
  expect(r.big.neurogebraMs).toBeGreaterThan(0);
  expect(r.big.mlLmMs).toBeGreaterThan(0);
  // The data are 2.5*exp(-0.7*x) + 0.3 plus noise of at most 0.01.
  expect(r.big.neurogebraParams[0]).toBeCloseTo(2.5, 2);
  expect(r.big.neurogebraParams[1]).toBeCloseTo(0.7, 2);
}, 60_000);
