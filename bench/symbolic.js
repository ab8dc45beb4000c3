/**
 * Symbolic work: parse, differentiate and simplify every catalog entry with respect to its first input (x for
 * activations, y_pred for losses; the Jacobian for a vector per row, as softmax) on a fresh forge each time, so that the forge caches nothing, against
 * mathjs's derivative (which also parses and simplifies) where mathjs supports the formula.
 */
import { toMathjs } from "./functions.js";

export function symbolicJobs({ lib, math }) {
  const jobs = [];
  const rows = [];
  for (const entry of lib.CATALOG) {
    const variable = entry.variables[0];
    let forge;
    jobs.push({
      key: `symbolic|${entry.name}|neurogebra`,
      label: `symbolic: ${entry.name} · neurogebra`,
      fn: () => forge.get(entry.name).derivative(variable),
      options: { time: 250, beforeEach: () => void (forge = new lib.MathForge()) },
    });
    const formula = toMathjs(entry.formula);
    let unsupported = null;
    try {
      math.derivative(formula, variable);
      jobs.push({ key: `symbolic|${entry.name}|mathjs`, label: `symbolic: ${entry.name} · mathjs`, fn: () => math.derivative(formula, variable), options: { time: 250 } });
    } catch (error) {
      // mathjs has no Piecewise syntax (a parse error) and no derivative rule for Max, Min or erf.
      unsupported = /function "(\w+)"/.exec(error.message)?.[1] ?? "parse error";
    }
    rows.push({ name: entry.name, unsupported });
  }
  const summarize = (medians) => {
    const entries = rows.map(({ name, unsupported }) => ({
      name,
      neurogebraMs: medians.get(`symbolic|${name}|neurogebra`),
      mathjsMs: unsupported ? null : medians.get(`symbolic|${name}|mathjs`),
      mathjsUnsupported: unsupported,
    }));
    const shared = entries.filter((e) => e.mathjsMs !== null);
    const sum = (list, key) => list.reduce((total, e) => total + e[key], 0);
    return {
      entries,
      totalNeurogebraMs: sum(entries, "neurogebraMs"),
      sharedCount: shared.length,
      sharedNeurogebraMs: sum(shared, "neurogebraMs"),
      sharedMathjsMs: sum(shared, "mathjsMs"),
    };
  };
  return { jobs, summarize };
}
