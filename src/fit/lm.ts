/**
 * Levenberg–Marquardt for nonlinear least squares: min ½‖f(x)‖² over x, given the residuals f and their
 * Jacobian J from the caller. This is MINPACK's lmder (Moré 1978, "The Levenberg-Marquardt algorithm:
 * implementation and theory"): a trust region of radius Δ in the scaled norm ‖D·p‖, the step from a pivoted
 * QR of J and Givens rotations for the damping term (no normal equations), D from the column norms of J
 * (never decreasing), and MINPACK's stopping tests. It knows nothing of formulas.
 */
import { DWARF, EPSILON, enorm, qrfac, qrsolv } from "./linalg.js";

export interface LeastSquaresProblem {
  /** Number of residuals. */
  readonly m: number;
  /** Number of unknowns. */
  readonly n: number;
  /** Writes f(x) into out (length m). */
  residuals(x: Float64Array, out: Float64Array): void;
  /** Writes J(x) = ∂f/∂x into out, column-major (m×n: column j is out.subarray(j*m, (j+1)*m)). */
  jacobian(x: Float64Array, out: Float64Array): void;
}

export interface LMOptions {
  /**
   * Stop when the relative reduction of ‖f‖² (actual and predicted) is at most ftol (default 1e-20: the actual
   * reduction is computed from residual differences, accurate far below machine epsilon, so by default the fit
   * runs until the parameters stop changing).
   */
  readonly ftol?: number;
  /** Stop when the trust region is at most xtol·‖D·x‖, a relative change of x (default 1e-15). */
  readonly xtol?: number;
  /** Stop when the cosine of the angle between f and every column of J is at most gtol. */
  readonly gtol?: number;
  /** Most evaluations of f. */
  readonly maxEvaluations?: number;
  /** Initial trust-region radius, as a multiple of ‖D·x0‖ (MINPACK's factor). */
  readonly factor?: number;
  /** Per-unknown bounds; trial points are projected onto the box. */
  readonly lower?: Float64Array;
  readonly upper?: Float64Array;
  /** Called after every accepted step with the iteration count and ½-less sum of squares; false stops. */
  readonly onIteration?: (iteration: number, x: Float64Array, sumOfSquares: number) => boolean | void;
}

export type LMStop =
  | "ftol" | "xtol" | "ftol+xtol" | "gtol"
  | "max-evaluations" | "ftol-machine" | "xtol-machine" | "gtol-machine" | "callback" | "non-finite";

export interface LMResult {
  readonly x: Float64Array;
  /** ‖f(x)‖² at the solution. */
  readonly sumOfSquares: number;
  readonly residuals: Float64Array;
  /** Accepted steps (Jacobian evaluations after the first). */
  readonly iterations: number;
  readonly evaluations: number;
  readonly jacobianEvaluations: number;
  readonly stop: LMStop;
  /** False only when the evaluation budget ran out, the callback stopped it, or f was not finite at x0. */
  readonly converged: boolean;
  /** ‖f‖² after each accepted step, starting with x0. */
  readonly history: number[];
}

export const LM_STOP_MESSAGES: Readonly<Record<LMStop, string>> = {
  ftol: "the relative reduction of the sum of squares is at most ftol",
  xtol: "the relative change of the parameters is at most xtol",
  "ftol+xtol": "the relative reductions of the sum of squares and of the parameters are at most ftol and xtol",
  gtol: "the gradient is orthogonal to the residuals to within gtol",
  "max-evaluations": "the evaluation budget ran out before convergence",
  "ftol-machine": "no further reduction of the sum of squares is possible in double precision",
  "xtol-machine": "no further improvement of the parameters is possible in double precision",
  "gtol-machine": "the residuals are orthogonal to the Jacobian's columns to machine precision",
  callback: "onIteration returned false",
  "non-finite": "the residuals are not finite at the starting point",
};

/**
 * The evaluation budget for n unknowns: MINPACK's lmder uses 100·(n + 1) with finite differences (which spend n
 * evaluations per Jacobian); with an exact Jacobian an evaluation is cheap, and NIST's Bennett5 takes 766 from its
 * first start.
 */
export const defaultMaxEvaluations = (n: number): number => 1000 * (n + 1);

const CONVERGED: ReadonlySet<LMStop> = new Set(["ftol", "xtol", "ftol+xtol", "gtol", "ftol-machine", "xtol-machine", "gtol-machine"]);

/**
 * The Levenberg–Marquardt parameter λ for which the step p(λ) solving min ‖[J; √λ·D]p + [f; 0]‖ has
 * ‖D·p‖ ≈ Δ (within 10%), or λ = 0 when the Gauss–Newton step is inside the region (MINPACK lmpar: Newton's
 * method on the secular equation, safeguarded by bounds). Writes the step direction −p into x.
 */
function lmpar(n: number, r: Float64Array, ld: number, ipvt: Int32Array, diag: Float64Array, qtb: Float64Array, delta: number, par: number, x: Float64Array, sdiag: Float64Array): number {
  const wa1 = new Float64Array(n);
  const wa2 = new Float64Array(n);
  // Gauss–Newton direction; least-squares solution if R is singular.
  let nsing = n;
  for (let j = 0; j < n; j++) {
    wa1[j] = qtb[j]!;
    if (r[j + j * ld] === 0 && nsing === n) nsing = j;
    if (nsing < n) wa1[j] = 0;
  }
  for (let j = nsing - 1; j >= 0; j--) {
    wa1[j]! /= r[j + j * ld]!;
    const t = wa1[j]!;
    for (let i = 0; i < j; i++) wa1[i]! -= r[i + j * ld]! * t;
  }
  for (let j = 0; j < n; j++) x[ipvt[j]!] = wa1[j]!;

  for (let j = 0; j < n; j++) wa2[j] = diag[j]! * x[j]!;
  let dxnorm = enorm(wa2);
  let fp = dxnorm - delta;
  if (fp <= 0.1 * delta) return 0;

  // Lower bound (zero when J is rank-deficient) and upper bound for λ.
  let parl = 0;
  if (nsing >= n) {
    for (let j = 0; j < n; j++) {
      const l = ipvt[j]!;
      wa1[j] = diag[l]! * (wa2[l]! / dxnorm);
    }
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let i = 0; i < j; i++) sum += r[i + j * ld]! * wa1[i]!;
      wa1[j] = (wa1[j]! - sum) / r[j + j * ld]!;
    }
    const t = enorm(wa1);
    parl = fp / delta / t / t;
  }
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i <= j; i++) sum += r[i + j * ld]! * qtb[i]!;
    wa1[j] = sum / diag[ipvt[j]!]!;
  }
  const gnorm = enorm(wa1);
  let paru = gnorm / delta;
  if (paru === 0) paru = DWARF / Math.min(delta, 0.1);

  par = Math.min(Math.max(par, parl), paru);
  if (par === 0) par = gnorm / dxnorm;

  for (let iter = 1; ; iter++) {
    if (par === 0) par = Math.max(DWARF, 0.001 * paru);
    const s = Math.sqrt(par);
    for (let j = 0; j < n; j++) wa1[j] = s * diag[j]!;
    qrsolv(n, r, ld, ipvt, wa1, qtb, x, sdiag);
    for (let j = 0; j < n; j++) wa2[j] = diag[j]! * x[j]!;
    dxnorm = enorm(wa2);
    const previous = fp;
    fp = dxnorm - delta;
    if (Math.abs(fp) <= 0.1 * delta || (parl === 0 && fp <= previous && previous < 0) || iter === 10) break;
    // Newton correction.
    for (let j = 0; j < n; j++) {
      const l = ipvt[j]!;
      wa1[j] = diag[l]! * (wa2[l]! / dxnorm);
    }
    for (let j = 0; j < n; j++) {
      wa1[j]! /= sdiag[j]!;
      const t = wa1[j]!;
      for (let i = j + 1; i < n; i++) wa1[i]! -= r[i + j * ld]! * t;
    }
    const t = enorm(wa1);
    const parc = fp / delta / t / t;
    if (fp > 0) parl = Math.max(parl, par);
    if (fp < 0) paru = Math.min(paru, par);
    par = Math.max(parl, par + parc);
  }
  return par;
}

/** Minimises ‖f(x)‖² from x0 (MINPACK lmder with mode 1: automatic scaling). */
export function levenbergMarquardt(problem: LeastSquaresProblem, x0: Float64Array, options: LMOptions = {}): LMResult {
  const { m, n } = problem;
  const ftol = options.ftol ?? 1e-20;
  const xtol = options.xtol ?? 1e-15;
  const gtol = options.gtol ?? 0;
  const maxfev = options.maxEvaluations ?? defaultMaxEvaluations(n);
  const factor = options.factor ?? 100;
  const { lower, upper } = options;

  const x = Float64Array.from(x0);
  const fvec = new Float64Array(m);
  const fjac = new Float64Array(m * n);
  const diag = new Float64Array(n);
  const qtf = new Float64Array(n);
  const step = new Float64Array(n);
  const trial = new Float64Array(n);
  const scaled = new Float64Array(n);
  const ftrial = new Float64Array(m);
  const wa4 = new Float64Array(m);
  const sdiag = new Float64Array(n);
  const rp = new Float64Array(n);
  const history: number[] = [];

  let nfev = 1;
  let njev = 0;
  let iterations = 0;
  problem.residuals(x, fvec);
  let fnorm = enorm(fvec);
  const finish = (stop: LMStop): LMResult => ({
    x, sumOfSquares: fnorm * fnorm, residuals: fvec, iterations, evaluations: nfev, jacobianEvaluations: njev, stop,
    converged: CONVERGED.has(stop), history,
  });
  if (!Number.isFinite(fnorm)) return finish("non-finite");
  history.push(fnorm * fnorm);
  if (options.onIteration?.(0, x, fnorm * fnorm) === false) return finish("callback");

  /**
   * J at x, factored: J·P = Q·R with R in fjac's upper triangle (its diagonal restored) and Qᵀf's first n
   * components in qtf. A parameter at a bound that the gradient pushes outward is held there: its column is
   * zeroed, so the step leaves it alone and the gradient test sees only the free parameters (an active set).
   */
  const factorize = () => {
    problem.jacobian(x, fjac);
    njev++;
    for (let j = 0; j < n; j++) {
      const atLower = lower !== undefined && x[j]! <= lower[j]!;
      const atUpper = upper !== undefined && x[j]! >= upper[j]!;
      if (!atLower && !atUpper) continue;
      let g = 0;
      for (let i = 0; i < m; i++) g += fjac[i + j * m]! * fvec[i]!;
      if ((atLower && g > 0) || (atUpper && g < 0)) fjac.fill(0, j * m, (j + 1) * m);
    }
    const qr = qrfac(m, n, fjac);
    wa4.set(fvec);
    for (let j = 0; j < n; j++) {
      const cj = j * m;
      if (fjac[cj + j] !== 0) {
        let sum = 0;
        for (let i = j; i < m; i++) sum += fjac[cj + i]! * wa4[i]!;
        const t = -sum / fjac[cj + j]!;
        for (let i = j; i < m; i++) wa4[i]! += fjac[cj + i]! * t;
      }
      fjac[cj + j] = qr.rdiag[j]!;
      qtf[j] = wa4[j]!;
    }
    return qr;
  };

  /**
   * After convergence, up to 30 Gauss–Newton steps while they contract (each below 0.9 of the previous one in ‖D·p‖).
   * Near the minimum the decrease of ‖f‖² falls below the rounding noise of evaluating f, so the trust region,
   * which needs a measurable decrease, collapses a little early (Kirby2 stops with gradient cosines of 3e-10);
   * the Gauss–Newton step comes from J and f alone, stays accurate there, and contracts to the point where
   * Jᵀf = 0 in double precision (linearly on large-residual problems such as ENSO, hence the loose contraction
   * factor). A step that raises ‖f‖² by more than a relative 1e-10 (beyond noise), or leaves the bounds, ends it.
   */
  const polish = (stop: LMStop): LMResult => {
    if (!CONVERGED.has(stop)) return finish(stop);
    let previous = Infinity;
    for (let k = 0; k < 30 && nfev < maxfev; k++) {
      const { ipvt } = factorize();
      lmpar(n, fjac, m, ipvt, diag, qtf, Infinity, 0, step, sdiag);
      for (let j = 0; j < n; j++) {
        trial[j] = x[j]! - step[j]!;
        scaled[j] = diag[j]! * step[j]!;
      }
      const pnorm = enorm(scaled);
      if (!(pnorm < 0.9 * previous) || (lower && trial.some((t, j) => t < lower[j]!)) || (upper && trial.some((t, j) => t > upper[j]!))) break;
      problem.residuals(trial, ftrial);
      nfev++;
      const fnorm1 = enorm(ftrial);
      if (!(fnorm1 * fnorm1 <= fnorm * fnorm * (1 + 1e-10))) break;
      x.set(trial);
      fvec.set(ftrial);
      fnorm = fnorm1;
      iterations++;
      history.push(fnorm * fnorm);
      if (options.onIteration?.(iterations, x, fnorm * fnorm) === false) return finish("callback");
      previous = pnorm;
      if (pnorm <= EPSILON * enorm(x.map((v, j) => v * diag[j]!))) break;
    }
    return finish(stop);
  };

  let par = 0;
  let delta = 0;
  let xnorm = 0;
  for (let first = true; ; first = false) {
    const { ipvt, acnorm } = factorize();

    // Scaling from the column norms of J, never decreasing (MINPACK mode 1).
    if (first) {
      for (let j = 0; j < n; j++) diag[j] = acnorm[j] === 0 ? 1 : acnorm[j]!;
      for (let j = 0; j < n; j++) scaled[j] = diag[j]! * x[j]!;
      xnorm = enorm(scaled);
      delta = factor * xnorm;
      if (delta === 0) delta = factor;
    }

    // Scaled gradient norm: the largest cosine between f and a column of J.
    let gnorm = 0;
    if (fnorm !== 0) {
      for (let j = 0; j < n; j++) {
        const l = ipvt[j]!;
        if (acnorm[l] === 0) continue;
        let sum = 0;
        for (let i = 0; i <= j; i++) sum += fjac[i + j * m]! * (qtf[i]! / fnorm);
        gnorm = Math.max(gnorm, Math.abs(sum / acnorm[l]!));
      }
    }
    if (gnorm <= gtol) return polish("gtol");
    for (let j = 0; j < n; j++) diag[j] = Math.max(diag[j]!, acnorm[j]!);

    // Inner loop: shrink the trust region until a step reduces ‖f‖.
    for (;;) {
      par = lmpar(n, fjac, m, ipvt, diag, qtf, delta, par, step, sdiag);
      let clipped = false;
      for (let j = 0; j < n; j++) {
        const t = x[j]! - step[j]!;
        const lo = lower ? lower[j]! : -Infinity;
        const hi = upper ? upper[j]! : Infinity;
        trial[j] = Math.min(Math.max(t, lo), hi);
        if (trial[j] !== t) clipped = true;
        step[j] = t - x[j]!;
        scaled[j] = diag[j]! * step[j]!;
      }
      const pnorm = enorm(scaled);
      if (first) delta = Math.min(delta, pnorm);

      problem.residuals(trial, ftrial);
      nfev++;
      let fnorm1 = enorm(ftrial);
      if (!Number.isFinite(fnorm1)) fnorm1 = Infinity;
      // ‖f‖² − ‖f₁‖² as Σ(f − f₁)(f + f₁), relative to ‖f‖²: near the minimum the two norms agree to the last
      // bits, and 1 − (‖f₁‖/‖f‖)² would be rounding noise, while the differences f − f₁ are exact.
      let actred = -1;
      if (0.1 * fnorm1 < fnorm) {
        let sum = 0;
        for (let i = 0; i < m; i++) sum += ((fvec[i]! - ftrial[i]!) / fnorm) * ((fvec[i]! + ftrial[i]!) / fnorm);
        actred = sum;
      }

      // Predicted reduction ‖f‖² − ‖f + J·p‖², relative to ‖f‖², from R·Pᵀp.
      rp.fill(0);
      for (let j = 0; j < n; j++) {
        const t = step[ipvt[j]!]!;
        for (let i = 0; i <= j; i++) rp[i]! += fjac[i + j * m]! * t;
      }
      let prered: number;
      let dirder: number;
      if (!clipped) {
        // For the exact LM step −Jᵀf = (JᵀJ + λD²)p, which gives MINPACK's cancellation-free form.
        const t1 = enorm(rp) / fnorm;
        const t2 = (Math.sqrt(par) * pnorm) / fnorm;
        prered = t1 * t1 + 2 * t2 * t2;
        dirder = -(t1 * t1 + t2 * t2);
      } else {
        let cross = 0;
        for (let i = 0; i < n; i++) cross += (qtf[i]! / fnorm) * (rp[i]! / fnorm);
        const t1 = enorm(rp) / fnorm;
        prered = -2 * cross - t1 * t1;
        dirder = cross;
      }
      const ratio = prered !== 0 ? actred / prered : 0;

      // Update the trust region.
      if (ratio <= 0.25) {
        let t = actred >= 0 ? 0.5 : (0.5 * dirder) / (dirder + 0.5 * actred);
        if (0.1 * fnorm1 >= fnorm || t < 0.1 || !(t > 0)) t = 0.1;
        delta = t * Math.min(delta, pnorm / 0.1);
        par /= t;
      } else if (par === 0 || ratio >= 0.75) {
        delta = pnorm / 0.5;
        par *= 0.5;
      }

      const success = ratio >= 1e-4;
      if (success) {
        x.set(trial);
        fvec.set(ftrial);
        for (let j = 0; j < n; j++) scaled[j] = diag[j]! * x[j]!;
        xnorm = enorm(scaled);
        fnorm = fnorm1;
        iterations++;
        history.push(fnorm * fnorm);
        if (options.onIteration?.(iterations, x, fnorm * fnorm) === false) return finish("callback");
      }

      const fConverged = Math.abs(actred) <= ftol && prered <= ftol && 0.5 * ratio <= 1;
      const xConverged = delta <= xtol * xnorm;
      if (fConverged && xConverged) return polish("ftol+xtol");
      if (fConverged) return polish("ftol");
      if (xConverged) return polish("xtol");
      if (nfev >= maxfev) return finish("max-evaluations");
      // MINPACK tests the reduction against machine epsilon; computed from differences it is good to about ε².
      if (Math.abs(actred) <= EPSILON ** 2 && prered <= EPSILON ** 2 && 0.5 * ratio <= 1) return polish("ftol-machine");
      if (delta <= EPSILON * xnorm) return polish("xtol-machine");
      if (gnorm <= EPSILON) return polish("gtol-machine");
      if (success) break;
    }
  }
}
