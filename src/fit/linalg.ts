/**
 * Dense linear algebra for least squares, on column-major Float64Arrays (element (i, j) of an m×n matrix is
 * a[i + j*m], so a Jacobian column is one contiguous subarray). The algorithms are MINPACK's (Moré, Garbow,
 * Hillstrom, 1980): Householder QR with column pivoting, and the solution of the damped system by Givens
 * rotations, which never forms JᵀJ and so never squares the condition number.
 */

export const EPSILON = Number.EPSILON;
/** The smallest positive normal double (MINPACK's dwarf). */
export const DWARF = 2.2250738585072014e-308;

/** Euclidean norm of x[from..to), scaled so that it neither overflows nor underflows. */
export function enorm(x: Float64Array, from = 0, to = x.length): number {
  let scale = 0;
  for (let i = from; i < to; i++) scale = Math.max(scale, Math.abs(x[i]!));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const t = x[i]! / scale;
    sum += t * t;
  }
  return scale * Math.sqrt(sum);
}

export interface QR {
  /** Column permutation: column j of AP is column ipvt[j] of A. */
  readonly ipvt: Int32Array;
  /** Diagonal of R (R's strict upper triangle is left in the matrix, Householder vectors below it). */
  readonly rdiag: Float64Array;
  /** Euclidean norms of the columns of A before factorisation. */
  readonly acnorm: Float64Array;
}

/**
 * A·P = Q·R in place (MINPACK qrfac with pivoting): at each step the remaining column of largest norm is
 * brought forward, so R's diagonal decreases in magnitude and a rank deficiency shows as trailing small
 * entries. Q is kept as Householder vectors in the lower trapezoid of `a`.
 */
export function qrfac(m: number, n: number, a: Float64Array): QR {
  const ipvt = new Int32Array(n);
  const rdiag = new Float64Array(n);
  const acnorm = new Float64Array(n);
  const wa = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    acnorm[j] = enorm(a, j * m, (j + 1) * m);
    rdiag[j] = acnorm[j]!;
    wa[j] = rdiag[j]!;
    ipvt[j] = j;
  }
  const minmn = Math.min(m, n);
  for (let j = 0; j < minmn; j++) {
    let kmax = j;
    for (let k = j; k < n; k++) if (rdiag[k]! > rdiag[kmax]!) kmax = k;
    if (kmax !== j) {
      for (let i = 0; i < m; i++) {
        const t = a[i + j * m]!;
        a[i + j * m] = a[i + kmax * m]!;
        a[i + kmax * m] = t;
      }
      rdiag[kmax] = rdiag[j]!;
      wa[kmax] = wa[j]!;
      const p = ipvt[j]!;
      ipvt[j] = ipvt[kmax]!;
      ipvt[kmax] = p;
    }
    const cj = j * m;
    let ajnorm = enorm(a, cj + j, cj + m);
    if (ajnorm !== 0) {
      if (a[cj + j]! < 0) ajnorm = -ajnorm;
      for (let i = j; i < m; i++) a[cj + i]! /= ajnorm;
      a[cj + j]! += 1;
      for (let k = j + 1; k < n; k++) {
        const ck = k * m;
        let sum = 0;
        for (let i = j; i < m; i++) sum += a[cj + i]! * a[ck + i]!;
        const t = sum / a[cj + j]!;
        for (let i = j; i < m; i++) a[ck + i]! -= t * a[cj + i]!;
        if (rdiag[k] !== 0) {
          // Downdate the remaining column norm; recompute it when cancellation has eaten its digits.
          const r = a[ck + j]! / rdiag[k]!;
          rdiag[k]! *= Math.sqrt(Math.max(0, 1 - r * r));
          if (0.05 * (rdiag[k]! / wa[k]!) ** 2 <= EPSILON) {
            rdiag[k] = enorm(a, ck + j + 1, ck + m);
            wa[k] = rdiag[k]!;
          }
        }
      }
    }
    rdiag[j] = -ajnorm;
  }
  return { ipvt, rdiag, acnorm };
}

/**
 * Solves min ‖[A; D]x − [b; 0]‖ given A·P = Q·R (MINPACK qrsolv). `r` is the n×n upper triangle stored with
 * leading dimension `ld`; `qtb` is the first n components of Qᵀb. The diagonal D is folded into R by Givens
 * rotations: on return the strict lower triangle of r holds Sᵀ and `sdiag` the diagonal of S, where
 * PᵀAᵀAP + PᵀDDP = SᵀS; R's upper triangle and diagonal are kept.
 */
export function qrsolv(n: number, r: Float64Array, ld: number, ipvt: Int32Array, diag: Float64Array, qtb: Float64Array, x: Float64Array, sdiag: Float64Array): void {
  const wa = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (let i = j; i < n; i++) r[i + j * ld] = r[j + i * ld]!;
    x[j] = r[j + j * ld]!;
    wa[j] = qtb[j]!;
  }
  for (let j = 0; j < n; j++) {
    const l = ipvt[j]!;
    if (diag[l] !== 0) {
      sdiag.fill(0, j);
      sdiag[j] = diag[l]!;
      let qtbpj = 0;
      for (let k = j; k < n; k++) {
        if (sdiag[k] === 0) continue;
        const rkk = r[k + k * ld]!;
        let sin: number;
        let cos: number;
        if (Math.abs(rkk) < Math.abs(sdiag[k]!)) {
          const cotan = rkk / sdiag[k]!;
          sin = 0.5 / Math.sqrt(0.25 + 0.25 * cotan * cotan);
          cos = sin * cotan;
        } else {
          const tan = sdiag[k]! / rkk;
          cos = 0.5 / Math.sqrt(0.25 + 0.25 * tan * tan);
          sin = cos * tan;
        }
        r[k + k * ld] = cos * rkk + sin * sdiag[k]!;
        const t = cos * wa[k]! + sin * qtbpj;
        qtbpj = -sin * wa[k]! + cos * qtbpj;
        wa[k] = t;
        for (let i = k + 1; i < n; i++) {
          const rik = r[i + k * ld]!;
          r[i + k * ld] = cos * rik + sin * sdiag[i]!;
          sdiag[i] = -sin * rik + cos * sdiag[i]!;
        }
      }
    }
    sdiag[j] = r[j + j * ld]!;
    r[j + j * ld] = x[j]!;
  }
  // A singular S gives the least-squares solution with the trailing components set to zero.
  let nsing = n;
  for (let j = 0; j < n; j++) {
    if (sdiag[j] === 0 && nsing === n) nsing = j;
    if (nsing < n) wa[j] = 0;
  }
  for (let j = nsing - 1; j >= 0; j--) {
    let sum = 0;
    for (let i = j + 1; i < nsing; i++) sum += r[i + j * ld]! * wa[i]!;
    wa[j] = (wa[j]! - sum) / sdiag[j]!;
  }
  for (let j = 0; j < n; j++) x[ipvt[j]!] = wa[j]!;
}

/**
 * (JᵀJ)⁻¹ from a fresh pivoted QR of the m×n Jacobian `jac` (column-major, overwritten): P·R⁻¹·R⁻ᵀ·Pᵀ.
 * Columns whose |R_kk| ≤ tolerance·|R_11| are taken as linearly dependent; their rows and columns are
 * Infinity (the parameter is not determined by the data), as SciPy's curve_fit does for a singular Jacobian.
 */
export function inverseNormalMatrix(m: number, n: number, jac: Float64Array, tolerance = EPSILON * Math.max(m, n)): Float64Array {
  const { ipvt, rdiag } = qrfac(m, n, jac);
  const rank = (() => {
    const limit = tolerance * Math.abs(rdiag[0] ?? 0);
    let k = 0;
    while (k < Math.min(m, n) && Math.abs(rdiag[k]!) > limit) k++;
    return k;
  })();
  // Inverse of the leading rank×rank block of R, column by column (upper triangular).
  const rinv = new Float64Array(rank * rank);
  const R = (i: number, j: number) => (i === j ? rdiag[i]! : jac[i + j * m]!);
  for (let j = 0; j < rank; j++) {
    rinv[j + j * rank] = 1 / R(j, j);
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let k = i + 1; k <= j; k++) sum += R(i, k) * rinv[k + j * rank]!;
      rinv[i + j * rank] = -sum / R(i, i);
    }
  }
  const cov = new Float64Array(n * n).fill(Infinity);
  for (let a = 0; a < rank; a++) {
    for (let b = 0; b < rank; b++) {
      let sum = 0;
      for (let k = Math.max(a, b); k < rank; k++) sum += rinv[a + k * rank]! * rinv[b + k * rank]!;
      cov[ipvt[a]! + ipvt[b]! * n] = sum;
    }
  }
  return cov;
}
