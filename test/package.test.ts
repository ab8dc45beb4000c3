// The package as users get it: `npm pack`, unpacked as node_modules/neurogebra of a consumer, then required from
// a CommonJS script and imported from an ES module (the library and neurogebra/plot), each in its own Node process;
// and installed with npm into an empty project, without the optional peers (vega, vega-lite, resvg).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
let tarball: string;
let consumer: string;
let installed: string;

beforeAll(() => {
  const packed = mkdtempSync(join(tmpdir(), "neurogebra-pack-"));
  tarball = join(packed, execFileSync("npm", ["pack", "--silent", "--pack-destination", packed], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").at(-1)!);
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

  it("has a browser bundle under 150 kB gzipped that imports nothing", async () => {
    const bundle = readFileSync(join(installed, "dist/browser/neurogebra.js"));
    expect(gzipSync(bundle).length).toBeLessThan(150_000);
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

describe("npm install neurogebra", () => {
  let project: string;
  const node = (source: string) => execFileSync(process.execPath, ["--input-type=module", "-e", source], { cwd: project, encoding: "utf8" });
  const cli = (...args: string[]) => {
    try {
      return { code: 0, stderr: "", stdout: execFileSync(process.execPath, [join(project, "node_modules/neurogebra/dist/cli/main.js"), ...args], { cwd: project, encoding: "utf8", stdio: "pipe", env: { ...process.env, NO_COLOR: "1" } }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "neurogebra-install-"));
    writeFileSync(join(project, "package.json"), "{}\n");
    execFileSync("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, stdio: "pipe" });
  }, 120_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

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

  it("runs the neurogebra command; plot says what to install", () => {
    expect(cli("eval", "relu", "x=2").stdout).toContain("2");
    const plotted = cli("plot", "relu", "--out", "relu.svg");
    expect(plotted.code).toBe(1);
    expect(plotted.stderr).toMatch(/^error: Drawing a chart \(plotSvg; neurogebra plot, tour and fit --plot\) needs vega and vega-lite, .*npm install vega@\^6\.4\.0 vega-lite@\^6\.4\.3\n$/);
  });
});
