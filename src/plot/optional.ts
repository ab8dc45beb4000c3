import { NeurogebraError } from "../core/index.js";

/**
 * A feature needs packages that `npm install neurogebra` leaves out: the chart renderers are optional peer
 * dependencies, so that the library installs light. The message says what to install.
 */
export class MissingPackageError extends NeurogebraError {
  readonly packages: readonly string[];
  constructor(feature: string, specs: readonly string[]) {
    super("MISSING_PACKAGE", `${feature} needs ${specs.map(nameOf).join(" and ")}, which npm install neurogebra leaves out (optional peer dependencies). Install ${specs.length === 1 ? "it" : "them"}: npm install ${specs.join(" ")}`);
    this.packages = specs.map(nameOf);
  }
}

/** "vega-lite@^6.4.3" -> "vega-lite"; "@resvg/resvg-js@^2.6.2" -> "@resvg/resvg-js". */
const nameOf = (spec: string): string => spec.replace(/(?<=.)@.*$/, "");

/** Runs `load` (dynamic imports of the packages in `specs`); "cannot find" one of them becomes a MissingPackageError. */
export async function loadOptional<T>(feature: string, specs: readonly string[], load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : "";
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && specs.some((s) => message.includes(`'${nameOf(s)}'`))) throw new MissingPackageError(feature, specs);
    throw error;
  }
}
