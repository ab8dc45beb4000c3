import { TUTORIAL_ACTIVATIONS } from "../../forge/index.js";
import { parseNumber } from "../args.js";
import { print, printJson } from "../output.js";
import { forge } from "../target.js";

export function compareCommand(names: string[], options: { at: string; json?: boolean }): void {
  const at = parseNumber(options.at, "--at");
  const chosen = names.length > 0 ? names : [...TUTORIAL_ACTIVATIONS];
  if (options.json) {
    printJson({ at, rows: forge().compareValues(chosen, at) });
    return;
  }
  print(forge().compare(chosen, { at }));
}
