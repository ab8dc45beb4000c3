// Vitest global setup: the CLI, package and benchmark tests run the built package, so build it once before any
// test file starts (test files run in parallel; building in each would race on dist/).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(process.execPath, [join(root, "scripts/build.js")], { cwd: root, stdio: "inherit" });
}
