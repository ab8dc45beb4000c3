/**
 * Memory policy: nodes are interned weakly and compiled functions are kept in a bounded LRU cache, so a process
 * that builds and compiles endless distinct formulas stays bounded. The garbage-collection test runs the built
 * package (dist/, built once by test/build-once.ts) in a child process with --expose-gc.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MAX_CACHED_FUNCTIONS, compile, compileCount, parse } from "../../src/core/index.js";
import { compileCacheSize } from "../../src/core/compile/compile.js";

const ROOT = join(import.meta.dirname, "../..");

describe("compile cache", () => {
  test("is a least-recently-used cache of MAX_CACHED_FUNCTIONS entries", () => {
    const first = parse("lru_probe_a + 1");
    const kept = parse("lru_probe_b + 1");
    const f = compile(first, { inputs: ["lru_probe_a"] });
    compile(kept, { inputs: ["lru_probe_b"] });
    for (let i = 0; i < MAX_CACHED_FUNCTIONS + 10; i++) {
      compile(parse(`x*${i + 0.5} + 1`), { inputs: ["x"] });
      // Used again and again: never the least recently used.
      compile(kept, { inputs: ["lru_probe_b"] });
    }
    expect(compileCacheSize()).toBe(MAX_CACHED_FUNCTIONS);
    const builds = compileCount();
    compile(kept, { inputs: ["lru_probe_b"] });
    expect(compileCount(), "a recently used function is still cached").toBe(builds);
    const again = compile(first, { inputs: ["lru_probe_a"] });
    expect(compileCount(), "the least recently used function was evicted and is built again").toBe(builds + 1);
    expect(again).not.toBe(f);
    expect(again(2)).toBe(3);
  });
});

describe("weak interning", () => {
  test("many distinct formulas do not grow the intern table or the heap without bound", () => {
    const script = `
      const { parse, compile } = await import(${JSON.stringify(join(ROOT, "dist/index.js"))});
      const { internTableSize, sym } = await import(${JSON.stringify(join(ROOT, "dist/core/node.js"))});
      const settle = async () => {
        for (let k = 0; k < 5; k++) { globalThis.gc(); await new Promise((r) => setTimeout(r, 10)); }
      };
      const x = sym("x");
      const round = (offset) => {
        for (let i = 0; i < 6000; i++) {
          const e = parse("tanh(" + (offset + i) + "*x + y_" + (i % 97) + ")**2");
          if (i % 6 === 0) compile(e, { inputs: ["x", "y_" + (i % 97)] })(0.5, 0.25);
        }
      };
      await settle();
      const start = internTableSize().entries;
      round(0);
      await settle();
      const afterOne = { ...internTableSize(), heap: process.memoryUsage().heapUsed };
      for (let r = 1; r <= 2; r++) round(r * 1e6);
      await settle();
      const afterThree = { ...internTableSize(), heap: process.memoryUsage().heapUsed };
      // An equal node built while the old one lives is the same object.
      const again = parse("x");
      console.log(JSON.stringify({ start, afterOne, afterThree, identity: again === x }));
    `;
    const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    const { start, afterOne, afterThree, identity } = JSON.parse(out) as {
      start: number;
      afterOne: { entries: number; live: number; heap: number };
      afterThree: { entries: number; live: number; heap: number };
      identity: boolean;
    };
    expect(identity).toBe(true);
    // 18,000 formulas of about 8 nodes each were built; what stays is the compile cache's share.
    expect(afterThree.entries - start).toBeLessThan(30_000);
    expect(afterThree.entries).toBeLessThan(afterOne.entries * 1.5);
    expect(afterThree.live).toBe(afterThree.entries);
    expect(afterThree.heap).toBeLessThan(afterOne.heap * 1.5 + 20e6);
  });
});
