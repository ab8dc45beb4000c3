import { linalg } from "../entry.js";

export default linalg({
  name: "canberra_distance",
  formula: "Sum(Piecewise((0, Abs(x[j]) + Abs(y[j]) <= 0), (1, sign(x[j])*sign(y[j]) <= 0), (Abs(x[j] - y[j])/Abs(x[j] + y[j]), True)), (j, 0, n - 1))",
  variables: ["x", "y"],
  // canberra_dist_elem's derivatives for element i (the other terms do not depend on x[i]).
  derivatives: {
    x: "Piecewise((0, sign(x[i])*sign(y[i]) <= 0), (2*sign(x[i] - y[i])*Abs(y[i]/(x[i] + y[i]))/Abs(x[i] + y[i]), True))",
    y: "Piecewise((0, sign(x[i])*sign(y[i]) <= 0), (2*sign(y[i] - x[i])*Abs(x[i]/(x[i] + y[i]))/Abs(x[i] + y[i]), True))",
  },
  metadata: {
    description: "Canberra distance - the sum of |x - y|/(|x| + |y|) along the last axis",
    usage: "Comparing counts, rankings and non-negative data where differences near 0 matter.",
    pros: ["Each term is in [0, 1]", "Scale invariant per element"],
    cons: ["Very sensitive to values near 0", "Not differentiable where x = y or an element is 0"],
    range: "[0, n]",
    references: ["Lance and Williams, Computer Journal 1966", "scipy.spatial.distance.canberra(u, v)"],
    conventions: [
      "A term with x = y = 0 is 0, as SciPy's canberra (0/0 = 0).",
      "Written by the signs, as canberra_dist_elem: a term whose elements differ in sign (or one is 0) is exactly 1.",
    ],
  },
});
