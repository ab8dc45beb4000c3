// The package as users get it: `npm pack`, unpacked as node_modules/neurogebra of a consumer, then required from
// a CommonJS script and imported from an ES module (the library and neurogebra/plot), each in its own Node process.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
let consumer: string;
let installed: string;

beforeAll(() => {
  // Inside the repository's node_modules, so the package's own dependencies resolve as they would once installed.
  consumer = mkdtempSync(join(ROOT, "node_modules/.neurogebra-consumer-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").at(-1)!;
  installed = join(consumer, "node_modules/neurogebra");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(consumer, tarball), "-C", installed, "--strip-components=1"]);
});

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

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
