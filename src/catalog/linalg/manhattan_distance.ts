import { linalg } from "../entry.js";

export default linalg({
  name: "manhattan_distance",
  formula: "Sum(Abs(x[j] - y[j]), (j, 0, n - 1))",
  variables: ["x", "y"],
  metadata: {
    description: "Manhattan (L1) distance - the sum of absolute differences along the last axis",
    usage: "Robust nearest neighbours, grid distances.",
    pros: ["A true metric", "Less sensitive to one large difference than Euclidean"],
    cons: ["Not differentiable where x = y elementwise"],
    range: "[0, inf)",
    aliases: ["cityblock_distance"],
    references: ["scipy.spatial.distance.cityblock; torch.cdist(p=1)"],
    conventions: ["The derivative where an element of x - y is 0 is 0, as PyTorch's sign."],
  },
});
