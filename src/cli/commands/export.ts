import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXPORT_TARGETS, type ExportTargetName } from "../../core/index.js";
import { UsageError } from "../errors.js";
import { displayPath, printJson } from "../output.js";
import { resolveTarget } from "../target.js";

export interface ExportCommandOptions {
  to: string;
  grad?: boolean;
  out?: string;
  stable?: boolean;
  json?: boolean;
}

/** `neurogebra export NAME_OR_FORMULA --to TARGET [--grad] [--out FILE]`: the formula as source text. */
export function exportCommand(text: string, options: ExportCommandOptions): void {
  if (!(EXPORT_TARGETS as readonly string[]).includes(options.to)) throw new UsageError(`--to: unknown target '${options.to}'; use one of ${EXPORT_TARGETS.join(", ")}.`);
  // A catalog entry's function takes its name; a formula's is f.
  const { expression } = resolveTarget(text);
  const code = expression.toCode(options.to as ExportTargetName, { withGradient: options.grad ?? false, stable: options.stable });
  if (options.out !== undefined) writeFileSync(options.out, code);
  if (options.json) printJson({ target: options.to, name: expression.name, grad: options.grad ?? false, out: options.out === undefined ? null : resolve(options.out), code });
  else if (options.out !== undefined) process.stdout.write(`Wrote ${displayPath(options.out)} (${options.to}${options.grad ? ", with the gradient" : ""}).\n`);
  else process.stdout.write(code);
}
