// The command-line tool, run as a subprocess against the built dist/, checked against the library itself.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, it } from "vitest";
import { Expression, MathForge, TUTORIAL_ACTIVATIONS, formatValue } from "../../src/index.js";
import { balancedTags, countCurves, legendLabels } from "./svg.js";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");
const forge = new MathForge();
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without colour; tests run concurrently, so each waits only for its own subprocesses. */
function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

async function json<T>(...args: string[]): Promise<T> {
  const r = await run(...args, "--json");
  if (r.code !== 0 || r.stderr !== "") throw new Error(`neurogebra ${args.join(" ")} --json exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

// dist/ is built once for all test files by test/build-once.ts.
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "neurogebra-cli-"));
});

describe.concurrent("help and usage errors", () => {
  it("prints help for the program and every command, with exit code 0", async ({ expect }) => {
    const top = await run("--help");
    expect(top.code).toBe(0);
    const commands = ["tour", "list", "search", "show", "eval", "grad", "compare", "explain", "plot", "export", "fit"];
    for (const c of commands) expect(top.stdout).toContain(c);
    for (const c of commands) expect((await run(c, "--help")).code).toBe(0);
  });

  it.for([
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["list", "--bogus"], /unknown option '--bogus'/],
    [["show"], /missing required argument 'name'/],
    [["eval", "relu", "x=abc"], /x: 'abc' is not a number/],
    [["eval", "relu", "x"], /Expected NAME=VALUE/],
    [["eval", "relu", "x=0:1:-1"], /never gets from 0 to 1/],
    [["eval", "relu"], /eval needs a value for each input: x=VALUE/],
    [["eval", "leaky_relu", "x=1", "alpha=1,2"], /alpha is a parameter of leaky_relu: give it one value/],
    [["explain", "relu", "--level", "expert"], /Allowed choices are beginner, intermediate, advanced/],
    [["plot", "relu", "--out", "chart.txt"], /--out must end in .svg or .png/],
    [["plot", "relu", "--out", "chart.svg", "--range", "5,-5"], /--range: expected finite numbers with a < b/],
    [["plot", "normal_pdf", "--out", "chart.svg", "--params", "nu=2"], /--params: no plotted formula has a parameter or input 'nu'/],
    [["plot", "normal_pdf", "--out", "chart.svg", "--params", "sigma=1:2:1"], /--params sigma: '1:2:1' is not a number/],
    [["compare", "--at", "one"], /--at: 'one' is not a number/],
  ] as const)("%j is a usage error (exit 2)", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe.concurrent("bad formulas and names (exit 1, the library's message, no stack trace)", () => {
  it("puts a caret under a parse error", async ({ expect }) => {
    const r = await run("eval", "x*(2+", "x=1");
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe("error: Unexpected end of formula at position 5");
    expect(lines[1]).toBe("  x*(2+");
    expect(lines[2]).toBe(`  ${" ".repeat(5)}^`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.for([
    [["eval", "rleu", "x=1"], "error: Unknown formula 'rleu'. Did you mean: relu"],
    [["show", "sigmod"], "error: Unknown formula 'sigmod'. Did you mean: sigmoid"],
    [["eval", "tnah(x)", "x=1"], "error: Unknown function 'tnah'. Did you mean: tanh"],
    [["compare", "relu", "tahn"], "error: Unknown formula 'tahn'. Did you mean: tan, tanh?"],
    [["eval", "relu", "z=1", "x=1"], "error: Unknown input 'z'"],
    [["list", "--category", "nope"], "error: Unknown category 'nope'. Categories: activation, loss, algebra, statistics, calculus, linalg, transform, regularizer, optimization, metric."],
    [["plot", "x*y", "--out", "c.svg"], "error: plot needs a formula of one input; x*y has 2 (x, y)"],
    [["eval", "binary_crossentropy", "y_pred=2", "y_true=1"], "error: binary_crossentropy: y_pred must be a probability in [0, 1], got 2."],
  ] as const)("%j", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.concurrent("errors under --json", () => {
  it("are JSON on stdout with the library's code, and the same exit codes", async ({ expect }) => {
    const bad = await run("show", "sigmod", "--json");
    expect(bad.code).toBe(1);
    const parsed = JSON.parse(bad.stdout) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe("UNKNOWN_NAME");
    expect(parsed.error.message).toContain("Did you mean: sigmoid");
    const usage = await run("eval", "relu", "x=abc", "--json");
    expect(usage.code).toBe(2);
    expect((JSON.parse(usage.stdout) as { error: { code: string } }).error.code).toBe("USAGE");
    const parse = await run("eval", "x + * 2", "x=1", "--json");
    expect((JSON.parse(parse.stdout) as { error: { code: string; message: string } }).error).toMatchObject({ code: "PARSE_ERROR" });
  });
});

describe.concurrent("catalog commands", () => {
  it("list and search", async ({ expect }) => {
    const all = await json<{ category: string | null; entries: { name: string; category: string; formula: string; range: string; description: string }[] }>("list");
    expect(all.category).toBeNull();
    expect(all.entries.map((e) => e.name)).toEqual(forge.listAll());
    const act = await json<{ category: string; entries: { name: string }[] }>("list", "--category", "activation");
    expect(act.entries.map((e) => e.name)).toEqual(forge.listAll({ category: "activation" }));
    expect(all.entries.find((e) => e.name === "relu")).toEqual({ name: "relu", category: "activation", formula: "Max(0, x)", range: "[0, inf)", description: forge.get("relu").metadata.description });
    const found = await json<{ query: string; results: { name: string }[] }>("search", "shrink");
    expect(found.query).toBe("shrink");
    expect(found.results.map((r) => r.name)).toEqual(forge.search("shrink"));
    expect((await run("list")).stdout).toMatch(/^relu\s+activation\s+Max\(0, x\)\s+\[0, inf\)$/m);
  });

  it("show: formula, LaTeX, documentation, derivative, terminal plot", async ({ expect }) => {
    const e = forge.get("leaky_relu");
    const info = await json<Record<string, unknown>>("show", "leaky_relu");
    expect(info).toMatchObject({
      name: "leaky_relu", category: "activation", inputs: ["x"], formula: e.toString(), latex: e.latex, params: { alpha: 0.01 },
      description: e.metadata.description, usage: e.metadata.usage, pros: e.metadata.pros, cons: e.metadata.cons, range: e.metadata.range,
      conventions: e.metadata.conventions, derivatives: [{ variable: "x", formula: e.gradient("x").toString(), latex: e.gradient("x").latex }],
    });
    const text = await run("show", "relu");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("relu(x) = Max(0, x)");
    expect(text.stdout).toContain("\\max\\left(0, x\\right)");
    expect(text.stdout).toContain(`d/dx:        ${forge.get("relu").gradient("x")}`);
    expect(text.stdout).toMatch(/d\/dx relu\(x\)\n[\s\S]*[╭╯─]/);
    expect(text.stdout).not.toContain("\u001b[");
  });

  it("explain at each level", async ({ expect }) => {
    expect((await run("explain", "gelu")).stdout.trim()).toBe(forge.explain("gelu"));
    expect(await json<{ name: string; level: string; text: string }>("explain", "gelu", "--level", "advanced")).toEqual({ name: "gelu", level: "advanced", text: forge.explain("gelu", "advanced") });
  });

  it("compare: the tutorial's seven at x = 1 by default, or any names at --at", async ({ expect }) => {
    expect((await run("compare")).stdout.trim()).toBe(forge.compare(TUTORIAL_ACTIVATIONS, { at: 1 }));
    expect(await json("compare", "tanh", "swish", "--at", "-1.5")).toEqual({ at: -1.5, rows: forge.compareValues(["tanh", "swish"], -1.5) });
  });
});

describe.concurrent("eval and grad", () => {
  type Points = { name: string; formula: string; inputs: string[]; params: Record<string, number>; points: { at: Record<string, number>; value: number }[] };

  it("evaluates names over lists and inclusive ranges, with parameters", async ({ expect }) => {
    const r = await json<Points>("eval", "leaky_relu", "x=-2:2:0.5", "x=7", "alpha=0.2");
    const e = forge.get("leaky_relu", { params: { alpha: 0.2 } });
    const xs = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 7];
    expect(r).toEqual({ name: "leaky_relu", formula: "Max(alpha*x, x)", inputs: ["x"], params: { alpha: 0.2 }, points: xs.map((x) => ({ at: { x }, value: e.eval(x) })) });
    expect((await run("eval", "relu", "x=5,-3,0")).stdout).toMatch(/^ 5\s+5\n-3\s+0\n 0\s+0$/m);
  });

  it("evaluates formulas over the grid of several inputs", async ({ expect }) => {
    const r = await json<Points>("eval", "x*sigmoid(2*y)", "x=1,2", "y=-1,3");
    const e = new Expression("f", "x*sigmoid(2*y)");
    const grid = [[1, -1], [1, 3], [2, -1], [2, 3]] as const;
    expect(r.points).toEqual(grid.map(([x, y]) => ({ at: { x, y }, value: e.eval({ x, y }) })));
    expect((await json<Points>("eval", "1/x", "x=0")).points[0]!.value).toBe("Infinity");
  });

  it("grad prints the derivative and its values", async ({ expect }) => {
    const d = forge.get("sigmoid").gradient("x");
    const r = await json<{ variable: string; derivative: string; derivativeLatex: string; points: { at: { x: number }; gradient: number }[] }>("grad", "sigmoid", "x=-1:1:1");
    expect(r).toMatchObject({ variable: "x", derivative: d.toString(), derivativeLatex: d.latex });
    expect(r.points).toEqual([-1, 0, 1].map((x) => ({ at: { x }, gradient: d.eval(x) })));
    const byAlpha = await json<{ derivative: string; points: { gradient: number }[] }>("grad", "leaky_relu", "--var", "alpha", "x=-3");
    expect(byAlpha.points[0]!.gradient).toBeCloseTo(-3, 12);
    expect((await run("grad", "x**3")).stdout).toContain("d/dx = 3*x**2");
  });
});

describe.concurrent("vector formulas", () => {
  it("evaluates softmax and cross_entropy with array inputs, as the library does", async ({ expect }) => {
    const softmax = await run("eval", "softmax", "x=[1,2,3]");
    expect(softmax.code).toBe(0);
    expect(softmax.stdout).toContain(JSON.stringify([...(forge.get("softmax").eval([1, 2, 3]) as Float64Array)]));
    const ce = await json<{ value: number[] }>("eval", "cross_entropy", "y_pred=[[2,1,0.1]]", "y_true=[0]");
    expect(ce.value[0]).toBeCloseTo(0.4170300162778335, 15);
    const smoothed = await json<{ value: number[]; params: Record<string, number> }>("eval", "cross_entropy", "y_pred=[[2,1,0.1]]", "y_true=[0]", "label_smoothing=0.1");
    expect(smoothed.params.label_smoothing).toBe(0.1);
    const g = await json<{ gradient: number[][] }>("grad", "softmax", "x=[1,2]");
    expect(g.gradient).toHaveLength(2);
  });

  it("shows softmax's LaTeX with the sum, and reports malformed arrays as usage errors", async ({ expect }) => {
    const show = await run("show", "softmax");
    expect(show.stdout).toContain("\\frac{e^{x_{i}}}{\\sum_{j} e^{x_{j}}}");
    const bad = await run("eval", "softmax", "x=[1,abc]");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not a number or an array");
    const plot = await run("plot", "softmax", "--out", "softmax.svg");
    expect(plot.code).toBe(1);
    expect(plot.stderr).toContain("softmax works along the last axis of an array: use eval, e.g. neurogebra eval softmax x=[1,2,3]");
    const missing = await run("eval", "cross_entropy", "y_pred=[[1,2]]");
    expect(missing.stderr).toContain("Missing y_true=[...]");
  });
});

describe.concurrent("plot", () => {
  it("draws an SVG chart: one path per curve, axes, grid, legend", async ({ expect }) => {
    const r = await json<{ out: string; format: string; bytes: number; curves: { label: string }[] }>("plot", "relu", "tanh", "x*sigmoid(2*x)", "--out", "a.svg", "--range", "-3,3");
    expect(r).toMatchObject({ format: "svg", range: [-3, 3], grad: false, curves: [{ label: "relu" }, { label: "tanh" }, { label: "x*sigmoid(2*x)" }] });
    const svg = readFileSync(r.out, "utf8");
    expect(Buffer.byteLength(svg)).toBe(r.bytes);
    expect(balancedTags(svg)).toBe(true);
    expect(countCurves(svg)).toBe(3);
    expect(legendLabels(svg)).toEqual(["relu", "tanh", "x*sigmoid(2*x)"]);
    expect(svg).toMatch(/aria-label="X-axis titled 'x' for a linear scale with values from −3 to 3"/);
    expect(svg).toMatch(/aria-label="Y-axis titled 'f\(x\)'/);
    expect(svg).toContain('class="mark-rule role-axis-grid');
  });

  it("adds a derivative panel with --grad, and writes PNG", async ({ expect }) => {
    expect((await run("plot", "relu", "gelu", "--out", "b.svg", "--grad")).code).toBe(0);
    const svg = readFileSync(join(work, "b.svg"), "utf8");
    expect(balancedTags(svg)).toBe(true);
    expect(countCurves(svg)).toBe(4);
    expect(svg).toContain(">f'(x)</text>");
    const png = await run("plot", "relu", "--out", "c.png");
    expect(png.code).toBe(0);
    expect(readFileSync(join(work, "c.png")).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("sets parameters and holds inputs fixed with --params", async ({ expect }) => {
    const r = await json<{ curves: { label: string; formula: string }[] }>("plot", "gaussian_curve", "rbf_kernel", "--params", "mu=1,sigma=0.5,y=0.5", "--out", "p.svg");
    expect(r.curves.map((c) => c.label)).toEqual(["gaussian_curve (mu=1, sigma=0.5)", "rbf_kernel (y=0.5)"]);
    expect(countCurves(readFileSync(join(work, "p.svg"), "utf8"))).toBe(2);
    expect((await run("plot", "relu", "--params", "q=1", "--out", "q.svg")).stderr).toContain("--params: no plotted formula has a parameter or input 'q'.");
    expect((await run("plot", "relu", "--params", "alpha", "--out", "q.svg")).stderr).toContain("--params: expected NAME=VALUE pairs");
    expect((await run("plot", "rbf_kernel", "--out", "q.svg")).stderr).toContain("plot needs a formula of one input; rbf_kernel has 2 (x, y)");
    expect((await run("plot", "normal_pdf", "--params", "sigma=-1", "--out", "q.svg")).stderr).toMatch(/normal_pdf \(sigma=-1\): sigma must be a positive scale in \[5e-324, Infinity\], got -1/);
  });

  it("sweeps the input named by --var, and writes into a new temporary folder without --out", async ({ expect }) => {
    const r = await json<{ out: string; range: number[]; curves: { label: string }[] }>("plot", "cosine_annealing_lr", "--var", "epoch", "--range", "0,100");
    expect(r).toMatchObject({ range: [0, 100], curves: [{ label: "cosine_annealing_lr" }] });
    expect(dirname(dirname(r.out))).toBe(tmpdir());
    const svg = readFileSync(r.out, "utf8");
    expect(countCurves(svg)).toBe(1);
    expect(svg).toMatch(/aria-label="X-axis titled 'epoch' for a linear scale with values from 0 to 100"/);
    // The schedule falls from lr_max = 0.1 at epoch 0 to lr_min = 0 at T_max = 100.
    expect(svg).toMatch(/aria-label="Y-axis titled 'f\(epoch\)' for a linear scale with values from 0(\.0+)? to 0\.10?"/);
    const rb = await json<{ curves: { label: string }[] }>("plot", "rosenbrock", "--var", "x", "--params", "y=1", "--range", "-2,2", "--out", "rb.svg");
    expect(rb.curves.map((c) => c.label)).toEqual(["rosenbrock (y=1)"]);
    expect((await run("plot", "cosine_annealing_lr", "--var", "x")).stderr).toContain("--var x: cosine_annealing_lr has no input 'x' (its inputs: epoch).");
    expect((await run("plot", "rosenbrock", "--var", "x", "--out", "q.svg")).stderr).toContain("--var x: hold the other inputs of rosenbrock fixed with --params (y=VALUE).");
  });
});

describe.concurrent("tour", () => {
  it("prints the tutorial's numbers as the library computes them, and writes the plot", async ({ expect }) => {
    const out = await run("tour", "--out", "tour.svg");
    expect(out.code).toBe(0);
    const text = out.stdout;
    const names = [...TUTORIAL_ACTIVATIONS];
    const f = (name: string, x: number, params: Record<string, number> = {}) => forge.get(name, { params }).eval(x) as number;
    const g = (name: string, x: number) => forge.get(name).gradient("x").eval(x) as number;

    expect(text).toContain(`${forge.listAll({ category: "activation" }).length} activations: ${forge.listAll({ category: "activation" }).join(", ")}`);
    expect(text).toContain("formula: Max(0, x)");
    expect(text).toContain("relu(5) = 5.0000   relu(-3) = 0.0000   relu(0) = 0.0000");
    expect(text).toContain(`description: ${forge.get("relu").metadata.description}`);
    expect(text).toContain(`  leaky_relu(-5) = ${formatValue(f("leaky_relu", -5, { alpha: 0.2 }))}`);
    expect(text).toContain(`gelu(1) = ${formatValue(f("gelu", 1))}   gelu(-1) = ${formatValue(f("gelu", -1))}`);
    expect(text).toContain(forge.compare(names, { at: 1 }));
    for (const n of names) {
      expect(text).toMatch(new RegExp(`^${n}\\s+${[-2, -1, 0, 1, 2].map((x) => formatValue(f(n, x)).replace(".", "\\.")).join("\\s+")}$`, "m"));
      expect(text).toMatch(new RegExp(`^${n}\\s+${[-2, -1, 0, 1, 2].map((x) => formatValue(g(n, x)).replace(".", "\\.")).join("\\s+")}$`, "m"));
    }
    const all = forge.listAll({ category: "activation" });
    for (const n of all) expect(text).toMatch(new RegExp(`^${n}\\s+${[-2, -1, 0, 1, 2].map((x) => formatValue(f(n, x)).replace(".", "\\.")).join("\\s+")}$`, "m"));
    const largest = all.reduce((a, b) => (f(b, 1) > f(a, 1) ? b : a));
    const steepest = all.reduce((a, b) => (g(b, 0) > g(a, 0) ? b : a));
    expect(text).toContain(`a. Every activation (all ${all.length}) at x = -2, -1, 0, 1, 2:`);
    expect(text).toContain(`Largest at x = 1, of all ${all.length}: ${largest} (${formatValue(f(largest, 1))})`);
    expect(text).toContain(`Largest gradient at x = 0, of all ${all.length}: ${steepest} (${formatValue(g(steepest, 0))})`);
    const mine = new Expression("my_act", "x * sigmoid(2*x)");
    expect(text).toContain(`d/dx my_act = ${mine.gradient("x")}`);
    expect(text).toContain(`my_act(1) = ${formatValue(mine.eval(1) as number)}`);
    expect(text).toContain(`my_act'(1) = ${formatValue(mine.gradient("x").eval(1) as number)}`);
    expect(text).toContain("Plot written to tour.svg (");
    const svg = readFileSync(join(work, "tour.svg"), "utf8");
    expect(countCurves(svg)).toBe(2 * names.length);
    expect(legendLabels(svg)).toEqual(names);
  });

  it("--json has every step's numbers", async ({ expect }) => {
    const t = await json<{
      compare: { at: number; rows: unknown[] };
      exercises: { values: { rows: { name: string; values: number[] }[] }; largestAt1: { name: string }; largestGradientAt0: { name: string }; custom: { gradients: { x: number; value: number }[] } };
      plot: string;
    }>("tour", "--out", "tour2.svg");
    expect(t.compare).toEqual({ at: 1, rows: forge.compareValues(TUTORIAL_ACTIVATIONS, 1) });
    expect(t.exercises.values.rows[2]).toEqual({ name: "tanh", values: [-2, -1, 0, 1, 2].map((x) => forge.get("tanh").eval(x)) });
    // The exercises run over every activation of the catalog.
    expect(t.exercises.values.rows.map((r) => r.name)).toEqual(forge.listAll({ category: "activation" }));
    expect(t.exercises.largestAt1.name).toBe("exponential");
    expect(t.exercises.largestGradientAt0.name).toBe("selu");
    expect(t.exercises.custom.gradients[2]!.value).toBeCloseTo(0.8807970779778823 * (1 + 2 * (1 - 0.8807970779778823)), 14);
    expect(t.plot).toBe(join(work, "tour2.svg"));
  });
});

describe.concurrent("tour without --out", () => {
  it("writes its chart into a new folder of the temporary directory, not the working directory, and prints the path", async ({ expect }) => {
    const here = mkdtempSync(join(tmpdir(), "neurogebra-cwd-"));
    const r = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [CLI, "tour", "--json"], { cwd: here, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) =>
        resolve({ code: error ? -1 : 0, stdout, stderr }));
    });
    expect(r.code).toBe(0);
    const plot = (JSON.parse(r.stdout) as { plot: string }).plot;
    expect(readdirSync(here)).toEqual([]);
    expect(dirname(dirname(plot))).toBe(tmpdir());
    expect(countCurves(readFileSync(plot, "utf8"))).toBe(2 * TUTORIAL_ACTIVATIONS.length);
  });
});

describe.concurrent("hostile and rough input", () => {
  const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

  it.for(PROTO_NAMES)("x=%s is not a number (exit 2), and as a name an unknown input of relu (exit 1)", async (name, { expect }) => {
    const value = await run("eval", "relu", `x=${name}`);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain(`x: '${name}' is not a number`);
    const input = await run("eval", "relu", "x=1", `${name}=1`);
    expect(input.code).toBe(1);
    expect(input.stderr).toContain(`Unknown input '${name}'`);
  });

  it("Object.prototype names are ordinary inputs of formulas", async ({ expect }) => {
    const formula = PROTO_NAMES.map((n, i) => `${i + 1}*${n}`).join(" + ");
    const r = await json<{ inputs: string[]; points: { at: Record<string, number>; value: number }[] }>("eval", formula, ...PROTO_NAMES.map((n) => `${n}=1`));
    expect(r.inputs).toEqual([...PROTO_NAMES].sort());
    expect(Object.keys(r.points[0]!.at)).toEqual([...PROTO_NAMES].sort());
    expect(r.points[0]!.value).toBe((PROTO_NAMES.length * (PROTO_NAMES.length + 1)) / 2);
  });

  it("evaluates a million points (the documented limit) without overflowing the stack", async ({ expect }) => {
    const r = await run("eval", "relu", "x=0:999999:1");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4 + 1_000_000);
    expect(lines.at(-1)).toMatch(/^999999\s+999999$/);
  });

  it.for([
    [["eval", "relu", "x=0x10"], /x: '0x10' is not a number \(decimal notation/],
    [["eval", "relu", "x=1e"], /x: '1e' is not a number/],
    [["eval", "relu", "x=0b1"], /x: '0b1' is not a number/],
    [["plot", "x", "--out", "r.svg", "--range=-1.7e308,1.7e308"], /--range: the width 1.7e\+308 - \(-1.7e\+308\) overflows a double/],
    [["plot", "relu", "--out", "no/such/folder/r.svg"], /^error: --out: the folder .*no\/such\/folder does not exist; create it first or write elsewhere\.\n/],
    [["tour", "--out", "no/such/folder/t.svg"], /^error: --out: the folder .*no\/such\/folder does not exist/],
    [["show", "x**2"], /^error: show takes a catalog name; 'x\*\*2' is a formula. For a formula use: neurogebra eval 'x\*\*2' x=VALUE, neurogebra grad 'x\*\*2' or neurogebra explain 'x\*\*2'\./],
  ] as const)("%j is a usage error with one clear line (exit 2)", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n").filter((l) => l !== "" && l !== "(add --help for usage)")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it.for([
    [["plot", "--out", "s.svg", "--", "5e-324*x"], "error: Cannot draw 5e-324*x on [-5, 5]: its values span only 5e-323, too narrow for an axis"],
    [["plot", "--out", "s.svg", "--", "1.7e308*tanh(x)"], "error: Cannot draw 1.7e308*tanh(x) on [-5, 5]: its values go from"],
    [["plot", "--out", "s.svg", "--range=-5,-1", "--", "log(x)"], "error: Nothing to draw: log(x) on [-5, -1] has no finite value."],
  ] as const)("%j: a chart that cannot be drawn is an error, not a stack trace or an empty chart", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("draws a range near the largest doubles", async ({ expect }) => {
    const r = await json<{ out: string }>("plot", "x", "--out", "big.svg", "--range=-8e307,8e307");
    expect(countCurves(readFileSync(r.out, "utf8"))).toBe(1);
  });

  it("breaks the line at poles instead of joining the branches", async ({ expect }) => {
    const subpaths = async (formula: string, range: string) => {
      const out = `pole-${subpathsCount++}.svg`;
      expect((await run("plot", formula, "--out", out, `--range=${range}`)).code).toBe(0);
      const path = /<g class="mark-line role-mark[^"]*"[^>]*><path [^>]*d="(M[^"]+)"/.exec(readFileSync(join(work, out), "utf8"))![1]!;
      return path.split("M").length - 1;
    };
    expect(await subpaths("1/x", "-1,1")).toBe(2);
    expect(await subpaths("1/x", "-1,1.1")).toBe(2);
    expect(await subpaths("tan(x)", "-5,5")).toBe(5);
    expect(await subpaths("tanh(100*x)", "-1,1.1")).toBe(1);
  });

  it("prints one variable order in the signature, the columns and the JSON", async ({ expect }) => {
    const text = await run("eval", "mse(sigmoid(z), y)", "z=0", "y=1");
    expect(text.stdout).toContain("f(y, z) = (-y + sigmoid(z))**2");
    expect(text.stdout).toMatch(/^y\s+z\s+f\(y, z\)$/m);
    expect(text.stdout).toMatch(/^1\s+0\s+0.25$/m);
    const r = await json<{ inputs: string[]; points: { at: Record<string, number> }[] }>("eval", "mse(sigmoid(z), y)", "z=0,1", "y=1");
    expect(r.inputs).toEqual(["y", "z"]);
    expect(r.points.map((p) => Object.entries(p.at))).toEqual([[["y", 1], ["z", 0]], [["y", 1], ["z", 1]]]);
  });

  it("--version prints the package's version", async ({ expect }) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) expect(await run(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("under --json every error is JSON on stdout, commander's own included", async ({ expect }) => {
    for (const args of [["frobnicate"], ["list", "--bogus"], ["show"], ["search"], ["eval", "relu", "x=0x10"], ["plot", "relu", "--out", "no/such/folder/a.svg"]]) {
      const r = await run(...args, "--json");
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toBe("");
      const { error } = JSON.parse(r.stdout) as { error: { code: string; message: string } };
      expect(error.code).toBe("USAGE");
      expect(error.message).not.toMatch(/^error:/);
    }
    expect((JSON.parse((await run("frobnicate", "--json")).stdout) as { error: { message: string } }).error.message).toBe("unknown command 'frobnicate'");
  });

  it("search takes several words, explain takes formulas", async ({ expect }) => {
    const r = await json<{ query: string; results: { name: string }[] }>("search", "robust", "regression");
    expect(r.query).toBe("robust regression");
    expect(r.results.map((e) => e.name)).toEqual(forge.search("robust regression"));
    expect((await run("explain", "x**2", "--level", "advanced")).stdout).toBe(`${new Expression("f", "x**2").explain("advanced")}\n`);
  });
});

let subpathsCount = 0;

describe.concurrent("fit", () => {
  // Misra1a (NIST StRD) with its certified values; the CSV uses quoting and CRLF line ends, which csv-parse reads.
  const misra = {
    x: [77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0],
    y: [10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78],
  };
  const writeMisra = (name: string) =>
    writeFileSync(join(work, name), `"pressure","volume"\r\n${misra.x.map((x, i) => `${x},"${misra.y[i]}"`).join("\r\n")}\r\n`);
  // Written once: the usage-error cases below run concurrently and all read it.
  beforeAll(() => writeMisra("misra2.csv"));

  it("fits a formula to CSV columns: parameters, standard errors and RSS as certified", async ({ expect }) => {
    writeMisra("misra.csv");
    const r = await json<{ params: Record<string, number>; standardErrors: Record<string, number>; rss: number; converged: boolean; method: string; data: { rows: number; inputs: Record<string, string>; target: string } }>(
      "fit", "b1*(1 - exp(-b2*x))", "--data", "misra.csv", "--start", "b1=500,b2=1e-4");
    expect(r.method).toBe("lm");
    expect(r.converged).toBe(true);
    expect(r.data).toMatchObject({ rows: 14, inputs: { x: "pressure" }, target: "volume" });
    expect(r.params.b1).toBeCloseTo(2.3894212918e2, 7);
    expect(r.params.b2).toBeCloseTo(5.5015643181e-4, 12);
    expect(r.standardErrors.b1).toBeCloseTo(2.7070075241, 7);
    expect(r.rss).toBeCloseTo(1.2455138894e-1, 9);
    const text = await run("fit", "b1*(1 - exp(-b2*x))", "--data", "misra.csv", "--start", "b1=500,b2=1e-4");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^b1\s+238\.942129\d+\s+2\.70700752\d+$/m);
    expect(text.stdout).toMatch(/Converged after \d+ iterations/);
    // Not a terminal: progress comes as plain lines on stderr.
    expect(text.stderr).toMatch(/^iteration 1: rss /m);
  });

  it("fits a catalog entry with Adam and draws the data and the curve", async ({ expect }) => {
    const xs = Array.from({ length: 41 }, (_, i) => -4 + i / 5);
    writeFileSync(join(work, "prelu.csv"), `x,y\n${xs.map((x) => `${x},${x > 0 ? x : 0.2 * x}`).join("\n")}\n`);
    const r = await json<{ params: Record<string, number>; fitted: string[]; method: string; plot: string }>(
      "fit", "prelu", "--data", "prelu.csv", "--method", "adam", "--learning-rate", "0.01", "--plot", "prelu-fit.svg");
    expect(r.method).toBe("adam");
    expect(r.fitted).toEqual(["alpha"]);
    expect(r.params.alpha).toBeCloseTo(0.2, 4);
    const svg = readFileSync(join(work, "prelu-fit.svg"), "utf8");
    expect(balancedTags(svg)).toBe(true);
    expect(countCurves(svg)).toBe(1);
    expect(legendLabels(svg)).toEqual(["data", "fit"]);
  });

  it.for([
    ["bad.csv", "x,y\n1,2\n3,abc\n", /bad\.csv line 3: column 'y' is 'abc', not a number/],
    ["ragged.csv", "x,y\n1,2\n3\n", /ragged\.csv line 3/],
    ["quote.csv", "x,y\n1,2\n3,\"4\n", /quote\.csv line \d+: .*[Qq]uote/],
    ["empty.csv", "", /empty\.csv is empty/],
  ] as const)("reports bad CSV %s with its line (exit 1)", async ([name, content, message], { expect }) => {
    writeFileSync(join(work, name), content);
    const r = await run("fit", "a*x", "--data", name);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it.for([
    [["fit", "a*x", "--data", "nowhere.csv"], /--data: cannot read 'nowhere.csv' \(ENOENT\)/],
    [["fit", "a*x", "--data", "misra2.csv", "--y", "speed"], /--y: no column 'speed'/],
    [["fit", "a*x", "--data", "misra2.csv", "--start", "c=1"], /--start: 'c' is not a parameter of a\*x \(parameters: a\)/],
    [["fit", "a*x", "--data", "misra2.csv", "--method", "newton"], /Allowed choices are lm, adam/],
    [["fit", "a*x", "--data", "misra2.csv", "--learning-rate", "0.1"], /--learning-rate applies to the first-order methods/],
    [["fit", "a*t", "--data", "misra2.csv", "--x", "pressure"], /--x names the column read as the input x, but a\*t has no x/],
  ] as const)("%j is a usage error (exit 2)", async ([args, message], { expect }) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
