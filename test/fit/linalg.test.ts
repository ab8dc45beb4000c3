// The QR factorisation and the covariance against direct computations on small matrices written out here.
import { describe, expect, it } from "vitest";
import { inverseNormalMatrix, qrfac } from "../../src/fit/linalg.js";

/** A column-major m×n matrix from rows. */
const fromRows = (rows: number[][]): Float64Array => {
  const m = rows.length;
  const n = rows[0]!.length;
  const a = new Float64Array(m * n);
  rows.forEach((r, i) => r.forEach((v, j) => (a[i + j * m] = v)));
  return a;
};

describe("qrfac", () => {
  it("gives R with AᵀA = PRᵀRPᵀ, a decreasing diagonal, and the column norms", () => {
    const rows = [[1, 2, 0.5], [3, -1, 2], [0, 4, 1], [2, 2, 2], [-1, 0.5, 3]];
    const [m, n] = [5, 3];
    const a = fromRows(rows);
    const { ipvt, rdiag, acnorm } = qrfac(m, n, a);
    const R = (i: number, j: number) => (i > j ? 0 : i === j ? rdiag[i]! : a[i + j * m]!);
    for (let j = 0; j < n; j++) expect(acnorm[j]).toBeCloseTo(Math.hypot(...rows.map((r) => r[j]!)), 14);
    // (AP)ᵀ(AP) = RᵀR entry by entry.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const ata = rows.reduce((s, r) => s + r[ipvt[i]!]! * r[ipvt[j]!]!, 0);
        let rtr = 0;
        for (let k = 0; k < n; k++) rtr += R(k, i) * R(k, j);
        expect(rtr).toBeCloseTo(ata, 12);
      }
    }
    expect(Math.abs(rdiag[0]!)).toBeGreaterThanOrEqual(Math.abs(rdiag[1]!));
    expect(Math.abs(rdiag[1]!)).toBeGreaterThanOrEqual(Math.abs(rdiag[2]!));
  });
});

describe("inverseNormalMatrix", () => {
  it("is (JᵀJ)⁻¹, checked against the 2×2 inverse by hand", () => {
    const rows = [[1, 1], [1, 2], [1, 3], [1, 5]];
    const inv = inverseNormalMatrix(4, 2, fromRows(rows));
    // JᵀJ = [[4, 11], [11, 39]]; det = 35.
    expect(inv[0]).toBeCloseTo(39 / 35, 14);
    expect(inv[3]).toBeCloseTo(4 / 35, 14);
    expect(inv[1]).toBeCloseTo(-11 / 35, 14);
    expect(inv[2]).toBeCloseTo(-11 / 35, 14);
  });

  it("marks a dependent column with Infinity instead of dividing by rounding noise", () => {
    const inv = inverseNormalMatrix(3, 2, fromRows([[1, 2], [2, 4], [3, 6]]));
    expect([...inv].filter((v) => v === Infinity).length).toBe(3);
  });
});
