import { linalg } from "../entry.js";

export default linalg({
  name: "minkowski_distance",
  formula: "Sum(Abs(x[j] - y[j])**p, (j, 0, n - 1))**(1/p)",
  variables: ["x", "y"],
  params: { p: 3 },
  domains: {
    p: { min: 1, max: Infinity, what: "an exponent of at least 1 (below 1 it is not a metric)" },
  },
  metadata: {
    description: "Minkowski distance - the p-th root of the sum of |x - y|^p along the last axis",
    usage: "Distances between L1 (p = 1, manhattan_distance) and L2 (p = 2, euclidean_distance) and towards L-infinity for large p; k-nearest neighbours.",
    pros: ["One family of metrics for p >= 1", "Its per-element term is minkowski_dist_elem"],
    cons: ["Powers overflow for large p or large differences", "Not differentiable where x = y"],
    range: "[0, inf)",
    references: ["scipy.spatial.distance.minkowski(u, v, p); torch.cdist(x, y, p)"],
    conventions: ["p defaults to 3 (manhattan_distance and euclidean_distance are p = 1 and p = 2); SciPy's default is 2.", "Where x = y the gradient is 0/0 (NaN), as for lp_norm at 0."],
  },
});
