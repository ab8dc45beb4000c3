// Documentation examples run as written: in the README's first ```ts block and every one of the docs pages, each
// `expression; // value` line is evaluated and compared with the value the comment shows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as neurogebra from "../src/index.js";
import * as plotting from "../src/plot/index.js";

const blocks = (file: string) => [...readFileSync(new URL(`../${file}`, import.meta.url), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The value a comment shows: a JSON string or list, a number, true/false, or a Float64Array listing. */
function shownValue(comment: string): { kind: "exact"; value: unknown } | { kind: "array"; text: string } | undefined {
  const str = /^"(?:[^"\\]|\\.)*"/.exec(comment);
  if (str) return { kind: "exact", value: JSON.parse(str[0]) };
  const list = /^\[[^\]]*\]/.exec(comment);
  if (list) return { kind: "exact", value: JSON.parse(list[0]) };
  const arr = /^Float64Array \[[^\]]*\]/.exec(comment);
  if (arr) return { kind: "array", text: arr[0] };
  const word = comment.split(/[\s(:]/)[0]!;
  if (/^-?(\d+\.?\d*(e-?\d+)?|Infinity)$/.test(word)) return { kind: "exact", value: Number(word) };
  if (word === "true" || word === "false") return { kind: "exact", value: word === "true" };
  return undefined;
}

const listing = (a: Float64Array) => `Float64Array [${[...a].map((v) => (Object.is(v, -0) ? "-0" : String(v))).join(", ")}]`;

function runExamples(code: string): number {
  const scope = { ...neurogebra, ...plotting };
  const prelude: string[] = [];
  let checked = 0;
  for (const line of code.split("\n")) {
    if (line.startsWith("import ") || line.trim() === "" || line.trim().startsWith("//")) continue;
    const m = /^(.*?);\s*\/\/\s*(.*)$/.exec(line);
    if (!m) {
      prelude.push(line);
      continue;
    }
    const [, statement, comment] = m as unknown as [string, string, string];
    const declared = /^const (\w+) = (.*)$/.exec(statement);
    const run = (body: string) => new Function(...Object.keys(scope), `${prelude.join("\n")}\n${body}`)(...Object.values(scope));
    const value = declared ? run(`${statement};\nreturn ${declared[1]};`) : run(`return ${statement};`);
    if (declared) prelude.push(`${statement};`);
    const shown = shownValue(comment);
    if (!shown) continue;
    if (shown.kind === "array") expect(listing(value as Float64Array), line).toBe(shown.text);
    else expect(value, line).toEqual(shown.value);
    checked++;
  }
  return checked;
}

describe.each([["README.md", 0], ["docs/api.md", 1], ["docs/activations.md", 1], ["docs/losses.md", 1], ["docs/fitting.md", 1], ["docs/functions.md", 1], ["docs/plot.md", 1], ["docs/shapes.md", 1], ["docs/export.md", 1], ["docs/metrics.md", 1]] as const)("%s", (file, which) => {
  it("runs its examples with the outputs it shows", () => {
    // The README's first block is its example; a docs page's blocks build on each other, so they run as one.
    const code = which === 0 ? blocks(file)[0]! : blocks(file).join("\n");
    expect(runExamples(code)).toBeGreaterThan(6);
  });
});
