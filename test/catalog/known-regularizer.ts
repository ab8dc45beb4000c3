// The regularizer entries' cells in the catalog contract (test/catalog/contract.test.ts): where the IEEE result
// at ±Infinity is NaN in every parameter set, and where the library misses 1e-12, with the reason. The contract
// test fails when a listed cell passes, so the lists can only shrink.

export const REGULARIZER_NAN_AT_INFINITY: Record<string, readonly string[]> = {
  // |w| - w**2: inf - inf.
  elastic_net: ["d/dalpha at w=-Infinity", "d/dalpha at w=Infinity"],
  // w/sqrt(w**2 + epsilon): inf/inf.
  sqrt_reg: ["d/dw at w=-Infinity", "d/dw at w=Infinity"],
  // w1/sqrt(w1**2 + w2**2): inf/inf.
  group_lasso: ["d/dw1 at w1=-Infinity", "d/dw1 at w1=Infinity", "d/dw2 at w2=-Infinity", "d/dw2 at w2=Infinity"],
};

export const REGULARIZER_KNOWN_INACCURATE: Record<string, { why: string; cells: readonly string[] }> = {
  label_smoothing: {
    why: "d/depsilon_smooth is 1/K - y: at y = 0.1 and K = 10 the double 0.1 equals the rounded 1/10, so the result is 0, while the true value at the double y is -5.55e-18; inherent to evaluating 1/K in doubles.",
    cells: ["d/depsilon_smooth at y=0.1 {\"K\":10,\"epsilon_smooth\":0.1}"],
  },
};
