import { linalg } from "../entry.js";

export default linalg({
  name: "chebyshev_distance",
  formula: "ReduceMax(Abs(x[j] - y[j]), (j, 0, n - 1))",
  variables: ["x", "y"],
  metadata: {
    description: "Chebyshev (L-infinity) distance - the largest |x - y| along the last axis",
    usage: "Worst-case differences (tolerances, adversarial perturbations measured in L-infinity), king-move distances on grids.",
    pros: ["A true metric", "No squares: no overflow before the result does"],
    cons: ["Its gradient reaches only the elements where the largest difference is attained"],
    range: "[0, inf)",
    aliases: ["linf_distance"],
    references: ["scipy.spatial.distance.chebyshev(u, v); torch.cdist(x, y, p=float('inf'))"],
    conventions: [
      "The gradient is shared evenly among the elements that attain the maximum, as PyTorch documents for torch.amax; where x = y it is 0 (the derivative of |x - y| at 0 is 0).",
      "Neurogebra's chebyshev_dist is the two-coordinate form Max(Abs(a - b), Abs(x - y)); this is the same distance for vectors of any length.",
    ],
  },
});
