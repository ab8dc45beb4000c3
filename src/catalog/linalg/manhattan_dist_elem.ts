import { linalg } from "../entry.js";

export default linalg({
  name: "manhattan_dist_elem",
  formula: "Abs(x - y)",
  variables: ["x", "y"],
  metadata: {
    description: "One term |x - y| of the Manhattan distance: summed over two vectors it is manhattan_distance",
    usage: "Element terms of L1 distances; use manhattan_distance along the last axis for the sum.",
    pros: ["Robust to one large difference"],
    cons: ["Not differentiable where x = y"],
    range: "[0, inf)",
    references: ["scipy.spatial.distance.cityblock is the sum of these terms"],
    conventions: ["The derivative where x = y is 0, as PyTorch's sign."],
  },
});
