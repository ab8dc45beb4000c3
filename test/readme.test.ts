// The README's first example runs as written: each `expression; // value` line is evaluated and compared.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import * as neurogebra from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;

it("runs the README example with the outputs it shows", () => {
  const scope = { ...neurogebra };
  const prelude: string[] = [];
  let checked = 0;
  for (const line of example.split("\n")) {
    if (line.startsWith("import ") || line.trim() === "") continue;
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
    const shown = comment.split(/[:(]/)[0]!.trim();
    if (/^-?[\d.]+(e-?\d+)?$/.test(shown)) expect(value, line).toBe(Number(shown));
    else if (/^".*"$/.test(shown) && !shown.includes("...")) expect(value, line).toBe(JSON.parse(shown));
    else if (shown.startsWith("Float64Array")) expect(`Float64Array [${[...(value as Float64Array)].map((v) => (Object.is(v, -0) ? "-0" : String(v))).join(", ")}]`, line).toBe(shown);
    else continue;
    checked++;
  }
  expect(checked).toBeGreaterThan(6);
});
