// Vitest global setup: the CLI and benchmark tests run the built package, so build it once before any test
// file starts (test files run in parallel; building in each would race on dist/).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}
