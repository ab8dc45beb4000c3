import type { ExplainLevel } from "../../forge/index.js";
import { print, printJson } from "../output.js";
import { forge } from "../target.js";

export function explainCommand(name: string, options: { level: ExplainLevel; json?: boolean }): void {
  const text = forge().explain(name, options.level);
  if (options.json) printJson({ name, level: options.level, text });
  else print(text);
}
