/**
 * Samples of a curve for the charts: equally spaced points through the compiled kernel, with the places
 * where the line must break (a non-finite value, or a pole between two samples) marked, so that no chart
 * joins the two branches of 1/x with a vertical line.
 */
import { ArgumentError } from "../core/index.js";
import type { Expression } from "../forge/index.js";

export interface Samples {
  readonly xs: Float64Array;
  /** The values; NaN where the function is not finite. */
  readonly ys: Float64Array;
  /** breaks[i]: the line must not join sample i to sample i + 1. */
  readonly breaks: readonly boolean[];
}

/** Zoom steps of the search for a pole between two samples, and the steps over which |f| must keep growing. */
const ZOOMS = 40;
const GROWTH_WINDOW = 10;

/**
 * Whether f has a pole between x0 and x1. The search zooms in on the largest |f| (four fresh points per step,
 * none at the centre, the interval halving each time): near a pole the largest fresh |f| grows without bound
 * as the interval shrinks, while at a finite peak, an endpoint or a jump it settles. Fresh points matter: a
 * point kept from step to step could sit a hair from the pole and hide the growth. A non-finite value inside
 * is a pole too.
 */
function poleBetween(f: (x: number) => number, x0: number, y0: number, x1: number, y1: number): boolean {
  let [l, r] = [x0, x1];
  const largest: number[] = [];
  for (let k = 0; k < ZOOMS; k++) {
    const quarter = (r - l) / 4;
    let [best, bestX] = [-1, Math.abs(y0) >= Math.abs(y1) ? l : r];
    for (const x of [l + quarter / 2, l + 1.5 * quarter, l + 2.5 * quarter, l + 3.5 * quarter]) {
      if (x <= l || x >= r) continue;
      const y = f(x);
      if (!Number.isFinite(y)) return true;
      if (Math.abs(y) > best) [best, bestX] = [Math.abs(y), x];
    }
    // No fresh point: the interval is down to neighbouring doubles, and the zoom ends here.
    if (best < 0) break;
    [l, r] = [Math.max(l, bestX - quarter), Math.min(r, bestX + quarter)];
    largest.push(best);
  }
  const last = largest.length - 1;
  return last >= GROWTH_WINDOW && largest[last]! > 4 * largest[last - GROWTH_WINDOW]!;
}

/** n equally spaced samples of `expression` over [a, b] (the range's width is a finite double). */
export function sampleCurve(expression: Expression, variable: string, [a, b]: readonly [number, number], n: number): Samples {
  // (b - a)*(i/(n - 1)), not ((b - a)*i)/(n - 1): the product must not overflow near the largest doubles.
  const xs = Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? b : a + (b - a) * (i / (n - 1))));
  const ys = (expression.eval({ [variable]: xs }) as Float64Array).map((y) => (Number.isFinite(y) ? y : NaN));
  const compiled = expression.compile();
  const params = Object.values(expression.params);
  const f = (x: number) => compiled(x, ...params);
  const breaks = Array.from({ length: n - 1 }, (_, i) => {
    const [y0, y1] = [ys[i]!, ys[i + 1]!];
    return Number.isNaN(y0) || Number.isNaN(y1) || poleBetween(f, xs[i]!, y0, xs[i + 1]!, y1);
  });
  return { xs, ys, breaks };
}

/** Spans narrower than this leave an axis without representable tick steps (the step underflows). */
export const MIN_AXIS_SPAN = 1e-290;

/** The finite extent [min, max] of values, checked to fit an axis; `what` names them in the error. */
export function axisExtent(values: Iterable<number>, what: string): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) throw new ArgumentError(`Nothing to draw: ${what} has no finite value.`);
  const span = max - min;
  if (!Number.isFinite(span)) throw new ArgumentError(`Cannot draw ${what}: its values go from ${min} to ${max}, a span wider than the largest double; use a narrower range.`);
  if (span > 0 && span < MIN_AXIS_SPAN) throw new ArgumentError(`Cannot draw ${what}: its values span only ${span}, too narrow for an axis (at least ${MIN_AXIS_SPAN}); scale the formula.`);
  return [min, max];
}
