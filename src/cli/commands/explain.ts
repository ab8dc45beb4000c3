import type { ExplainLevel } from "../../forge/index.js";
import { print, printJson } from "../output.js";
import { resolveTarget } from "../target.js";

export function explainCommand(text: string, options: { level: ExplainLevel; json?: boolean }): void {
  const { expression, label } = resolveTarget(text);
  const explanation = expression.explain(options.level);
  if (options.json) printJson({ name: label, level: options.level, text: explanation });
  else print(explanation);
}
