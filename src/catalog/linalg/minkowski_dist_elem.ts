import { linalg } from "../entry.js";

export default linalg({
  name: "minkowski_dist_elem",
  formula: "Abs(x - y)**p",
  variables: ["x", "y"],
  params: { p: 3 },
  domains: {
    p: { min: Number.MIN_VALUE, max: Infinity, what: "a positive exponent" },
  },
  metadata: {
    description: "One term |x - y|^p of the Minkowski distance: the p-th root of the sum over two vectors is minkowski_distance",
    usage: "Element terms of Lp distances between L1 (p = 1) and L2 (p = 2) and beyond.",
    pros: ["One family covering manhattan_dist_elem (p = 1) and euclidean_dist_elem (p = 2)"],
    cons: ["Not differentiable where x = y for p <= 1", "Overflows for large p or large |x - y|"],
    range: "[0, inf)",
    references: ["scipy.spatial.distance.minkowski(u, v, p) is the p-th root of the sum of these terms"],
    conventions: ["p defaults to 3, as minkowski_distance; p must be positive."],
  },
});
