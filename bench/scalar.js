/**
 * Scalar calls: the cost of one call through each API, batched over a fixed set of points because a
 * single call is below the timer's resolution.
 */
import { FUNCTIONS } from "./functions.js";
import { uniformInputs } from "./elementwise.js";

export const SCALAR_METHODS = ["eval(number)", "eval({ x })", "compiled"];

export function scalarJobs({ forge }, { smoke }) {
  const points = uniformInputs(smoke ? 10 : 1000);
  // Results feed a sink so that V8 cannot drop the calls as dead code.
  let sink = 0;
  const jobs = [];
  for (const { name } of FUNCTIONS) {
    const expr = forge.get(name);
    const f = expr.compile();
    // Passed positionally as a user would write them; at most two (selu), extra arguments are ignored.
    const [a, b] = Object.values(expr.params);
    const calls = {
      "eval(number)": () => {
        for (let i = 0; i < points.length; i++) sink += expr.eval(points[i]);
      },
      "eval({ x })": () => {
        for (let i = 0; i < points.length; i++) sink += expr.eval({ x: points[i] });
      },
      compiled: () => {
        for (let i = 0; i < points.length; i++) sink += f(points[i], a, b);
      },
    };
    for (const method of SCALAR_METHODS) jobs.push({ key: `scalar|${name}|${method}`, label: `scalar: ${name} · ${method}`, fn: calls[method], options: { time: 250 } });
  }
  const summarize = (medians) => {
    if (Number.isNaN(sink)) throw new Error("scalar: a call returned NaN");
    return FUNCTIONS.map(({ name }) => ({
      name,
      callsPerSecond: Object.fromEntries(SCALAR_METHODS.map((m) => [m, points.length / (medians.get(`scalar|${name}|${m}`) / 1000)])),
    }));
  };
  return { jobs, summarize };
}
