// `neurogebra export`, run as a subprocess against the built dist/, checked against Expression.toCode.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, it } from "vitest";
import { Expression, MathForge } from "../../src/index.js";

const CLI = join(import.meta.dirname, "../../dist/cli/main.js");
const forge = new MathForge();
let work: string;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "neurogebra-export-"));
});

describe.concurrent("neurogebra export", () => {
  it("prints a catalog entry's export, with --grad its gradient too", async ({ expect }) => {
    const r = await run("export", "gelu", "--to", "torch", "--grad");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(forge.get("gelu").toCode("torch", { withGradient: true }));
    expect(r.stdout).toContain("def gelu_grad(x):");
  });

  it("exports a formula as f, and as written with --no-stable", async ({ expect }) => {
    const r = await run("export", "log(1 + exp(x))", "--to", "c", "--no-stable");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(new Expression("f", "log(1 + exp(x))").toCode("c", { stable: false }));
    expect(r.stdout).toContain("double f(double x) {");
  });

  it("exports a formula along the last axis, with --grad its Jacobian", async ({ expect }) => {
    const r = await run("export", "softmax", "--to", "c", "--grad");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(forge.get("softmax").toCode("c", { withGradient: true }));
    expect(r.stdout).toContain("void softmax_grad(const double *x, long n, double *out) {");
  });

  it("writes --out and reports it, as JSON with --json", async ({ expect }) => {
    const r = await run("export", "leaky_relu", "--to", "numpy", "--out", "leaky.py");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Wrote leaky.py (numpy).\n");
    expect(readFileSync(join(work, "leaky.py"), "utf8")).toBe(forge.get("leaky_relu").toCode("numpy"));
    const j = await run("export", "elu", "--to", "js", "--json");
    expect(JSON.parse(j.stdout)).toMatchObject({ target: "js", name: "elu", grad: false, out: null, code: forge.get("elu").toCode("js") });
  });

  it.for([
    [["export", "gelu"], /required option '--to <target>' not specified/],
    [["export", "gelu", "--to", "fortran"], /Allowed choices are numpy, torch, jax, tfjs, js, c/],
    [["export", "rleu", "--to", "c"], /Did you mean: relu/],
  ] as const)("refuses %j with a message", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });
});
