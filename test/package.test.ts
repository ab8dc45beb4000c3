// The package as users get it: `npm pack`, unpacked as node_modules/neurogebra of a consumer, then required from
// a CommonJS script and imported from an ES module (the library and neurogebra/plot), each in its own Node process;
// and installed with npm into an empty project as users get it (--omit=dev, without the optional peers vega,
// vega-lite and resvg): one package with its third-party code bundled, and nothing else.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTS, bundleSize } from "../scripts/bundle-size.mjs";
import { install, measure, pack } from "../scripts/install-size.mjs";

const ROOT = join(import.meta.dirname, "..");
let tarball: string;
let consumer: string;
let installed: string;

beforeAll(() => {
  const packed = mkdtempSync(join(tmpdir(), "neurogebra-pack-"));
  tarball = pack(packed);
  // Inside the repository's node_modules, so the package's dependencies and peers resolve as they would once installed.
  consumer = mkdtempSync(join(ROOT, "node_modules/.neurogebra-consumer-"));
  installed = join(consumer, "node_modules/neurogebra");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
});

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
  rmSync(join(tarball, ".."), { recursive: true, force: true });
});

const run = (file: string, source: string): unknown => {
  writeFileSync(join(consumer, file), source);
  return JSON.parse(execFileSync(process.execPath, [join(consumer, file)], { cwd: consumer, encoding: "utf8" }));
};

const PROBE = `const forge = new MathForge();
const value = { gelu: forge.get("gelu").eval(1), grad: forge.get("sigmoid").gradient("x").eval(1), latex: forge.get("relu").latex, names: forge.listAll().length };
value.rows = plot(forge.get("relu"), { samples: 3 }).data.values.map((r) => r.y);
plotSvg(forge.get("relu")).then((svg) => process.stdout.write(JSON.stringify({ ...value, svg: svg.slice(0, 4) })));`;

describe("the packed package", () => {
  const expected = { gelu: 0.8411919906082768, grad: 0.19661193324148185, latex: "\\max\\left(0, x\\right)", names: expect.any(Number), rows: [0, 0, 5], svg: "<svg" };

  it("is required from CommonJS", () => {
    expect(run("probe.cjs", `const { MathForge } = require("neurogebra");\nconst { plot, plotSvg } = require("neurogebra/plot");\n${PROBE}`)).toEqual(expected);
  });

  it("is imported from an ES module", () => {
    expect(run("probe.mjs", `import { MathForge } from "neurogebra";\nimport { plot, plotSvg } from "neurogebra/plot";\n${PROBE}`)).toEqual(expected);
  });

  // Issue #18's goal: a program that imports the core and the catalog (every entry with its documentation) gets
  // under 150 kB gzipped, minified as an application build minifies (BENCHMARKS.md, "Size").
  it("keeps the core and the catalog under 150 kB gzipped in a program's bundle", async () => {
    const [module, names] = PARTS["the core and the catalog (parse, diff, the printers, compile, compileRows, CATALOG)"]!;
    expect((await bundleSize(module, names)).gzipped).toBeLessThan(150_000);
  });

  // The whole library (forge, fitting, code export) is over that goal; this bound catches a dependency pulled in by mistake.
  it("has a browser bundle under 250 kB gzipped that imports nothing", async () => {
    const bundle = readFileSync(join(installed, "dist/browser/neurogebra.js"));
    expect(gzipSync(bundle).length).toBeLessThan(250_000);
    expect(bundle.toString("utf8")).not.toMatch(/\bimport\s*[({"'\w*]|\brequire\(/);
    const { MathForge } = (await import(join(installed, "dist/browser/neurogebra.js"))) as typeof import("../src/index.js");
    expect(new MathForge().get("gelu").eval(1)).toBe(0.8411919906082768);
  });

  it("ships the types each condition points to", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { exports: Record<string, Record<string, Record<string, string>>> };
    for (const [entry, conditions] of Object.entries(manifest.exports)) {
      if (entry === "./browser") continue;
      for (const condition of ["import", "require"]) {
        const target = conditions[condition];
        expect(target, `${entry} ${condition}`).toBeDefined();
        for (const file of [target!.types!, target!.default!]) expect(() => readFileSync(join(installed, file)), `${entry} ${condition}: ${file}`).not.toThrow();
      }
    }
    expect(JSON.parse(readFileSync(join(installed, "dist/cjs/package.json"), "utf8"))).toEqual({ type: "commonjs" });
  });
});

describe("npm install --omit=dev neurogebra", () => {
  let project: string;
  const node = (source: string, type = "module") => execFileSync(process.execPath, [`--input-type=${type}`, "-e", source], { cwd: project, encoding: "utf8" });
  // The command as npm links it (node_modules/.bin/neurogebra, run through its #! line).
  const cli = (...args: string[]) => {
    try {
      return { code: 0, stderr: "", stdout: execFileSync(join(project, "node_modules/.bin/neurogebra"), args, { cwd: project, encoding: "utf8", stdio: "pipe", env: { ...process.env, NO_COLOR: "1" } }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "neurogebra-install-"));
    install(tarball, project);
  }, 120_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("installs one package, no @stdlib one (their code is bundled), in well under 5 MB", () => {
    const { bytes, packages } = measure(project);
    expect(readdirSync(join(project, "node_modules")).filter((p) => p.startsWith("@stdlib"))).toEqual([]);
    expect([...packages.keys()]).toEqual(["neurogebra"]);
    expect(bytes).toBeLessThan(5_000_000);
  });

  // Values of mpmath at 30 digits, rounded to doubles; each formula runs a different stdlib-js kernel, inlined into the bundles.
  const SPECIAL = { "erfinv(x)": 0.4769362762044699, "gamma(x + 4)": 11.63172839656745, "polygamma(1, x + 1.5)": 0.6449340668482264, "uppergamma(x + 2, 3)": 0.407069175871303, "erfcx(20*x)": 0.05614099274382259, "beta(x, 2)": 4 / 3, "loggamma(x)": 0.5723649429247001, "log1pmx(x)": -0.09453489189183562 };
  const probe = `process.stdout.write(JSON.stringify(${JSON.stringify(Object.keys(SPECIAL))}.map((t) => compile(parse(t), { inputs: ["x"] })(0.5))));`;
  const expectSpecial = (out: string) => {
    const values = JSON.parse(out) as number[];
    Object.values(SPECIAL).forEach((expected, i) => expect(Math.abs(values[i]! - expected) / expected, Object.keys(SPECIAL)[i]).toBeLessThan(1e-14));
  };

  it("is imported from an ES module and required from CommonJS, special functions included", () => {
    expectSpecial(node(`import { compile, parse } from "neurogebra";\n${probe}`));
    expectSpecial(node(`const { compile, parse } = require("neurogebra");\n${probe}`, "commonjs"));
  });

  it("has declarations that type-check there (both conditions, skipLibCheck off): they name no @stdlib type", () => {
    writeFileSync(join(project, "types.mts"), `import { MathForge, compile, parse } from "neurogebra";
const y: number = new MathForge().get("gelu").eval(1) + compile(parse("erfinv(x)"), { inputs: ["x"] })(0.5);
// @ts-expect-error eval takes numbers, arrays or tensors, not strings
new MathForge().get("gelu").eval("1");
console.log(y);\n`);
    writeFileSync(join(project, "types.cts"), `import neurogebra = require("neurogebra");\nconst y: number = new neurogebra.MathForge().get("gelu").eval(1);\nconsole.log(y);\n`);
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const flags = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--skipLibCheck", "false"];
    expect(() => execFileSync(process.execPath, [tsc, ...flags, "types.mts", "types.cts"], { cwd: project, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });

  it("imports nothing but Node's built-ins and its optional peers", () => {
    const dist = join(project, "node_modules/neurogebra/dist");
    const foreign = new Set<string>();
    for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"))) {
      for (const [, specifier] of readFileSync(join(dist, file), "utf8").matchAll(/(?:^\s*(?:import|export)\b[^;"'`]*?\bfrom\s*|^\s*import\s*|\bimport\(\s*|(?:\b|__)require\(\s*)["']([^"'./][^"']*)["']/gm)) {
        if (!isBuiltin(specifier!) && !["vega", "vega-lite", "@resvg/resvg-js"].includes(specifier!)) foreign.add(`${file}: ${specifier}`);
      }
    }
    expect([...foreign]).toEqual([]);
  });

  it("ships the license and notice of every package its bundles inline", () => {
    const dist = join(project, "node_modules/neurogebra/dist");
    const notices = readFileSync(join(dist, "THIRD_PARTY_NOTICES"), "utf8");
    // The unminified bundles name each inlined module's path in a comment.
    const inlined = new Set<string>();
    for (const file of ["core/functions/stdlib.js", "cli/commander.js", "cli/csv-parse.js", ...readdirSync(join(dist, "cjs/chunks")).map((f) => `cjs/chunks/${f}`)]) {
      for (const [, name] of readFileSync(join(dist, file), "utf8").matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) inlined.add(name!);
    }
    // About 85 packages since stdlib-js packages the engine has built in are no longer inlined (vite.lib.config.ts).
    expect(inlined.size).toBeGreaterThan(80);
    for (const name of inlined) expect(notices, name).toMatch(new RegExp(`^${name} \\S+ \\(`, "m"));
    for (const text of ["Apache License", "Version 2.0, January 2004", "Boost Software License", "Copyright (c) 2016-2026 The Stdlib Authors.", "Copyright (c) 2011 TJ Holowaychuk"]) expect(notices).toContain(text);
  });

  it("installs without the chart renderers (optional peers) and their trees", () => {
    const top = readdirSync(join(project, "node_modules"));
    for (const peer of ["vega", "vega-lite", "@resvg"]) expect(top).not.toContain(peer);
    expect(top.filter((p) => p.startsWith("d3-") || p.startsWith("vega-"))).toEqual([]);
  });

  it("plots specs, and says which packages plotSvg needs", () => {
    const out = node(`import { MathForge } from "neurogebra";
import { plot, plotSvg } from "neurogebra/plot";
const relu = new MathForge().get("relu");
const rows = plot(relu, { samples: 3 }).data.values.length;
plotSvg(relu).catch((e) => process.stdout.write(JSON.stringify({ rows, code: e.code, name: e.name, message: e.message })));`);
    expect(JSON.parse(out)).toEqual({ rows: 3, code: "MISSING_PACKAGE", name: "MissingPackageError", message: expect.stringContaining("npm install vega@^6.4.0 vega-lite@^6.4.3") });
  });

  it("runs the neurogebra command (commander and csv-parse inlined); plot says what to install", () => {
    expect(cli("eval", "relu", "x=2").stdout).toContain("2");
    expect(cli("eval", "erfinv(x)", "x=0.5").stdout).toContain("0.4769362762044699");
    expect(cli("nosuch")).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'nosuch'") });
    writeFileSync(join(project, "line.csv"), 'x,"y, measured"\r\n0,1\r\n1,3\r\n2,5\r\n');
    const fitted = cli("fit", "a*x + b", "--data", "line.csv", "--json");
    expect(fitted.code).toBe(0);
    expect(JSON.parse(fitted.stdout)).toMatchObject({ data: { rows: 3, target: "y, measured" }, converged: true });
    const plotted = cli("plot", "relu", "--out", "relu.svg");
    expect(plotted.code).toBe(1);
    expect(plotted.stderr).toMatch(/^error: Drawing a chart \(plotSvg; neurogebra plot, tour and fit --plot\) needs vega and vega-lite, .*npm install vega@\^6\.4\.0 vega-lite@\^6\.4\.3\n$/);
  });
});
