import { linalg } from "../entry.js";

export default linalg({
  variables: ["x"],
  name: "softmin",
  formula: "exp(-x[i])/Sum(exp(-x[j]), (j, 0, n - 1))",
  metadata: {
    description: "Softmin - softmax of -x: weights that favour the smallest values along the last axis",
    usage: "Soft selection of the nearest item (distances as input), soft attention over costs.",
    pros: ["Positive weights summing to 1", "Smooth version of argmin"],
    cons: ["Saturates like softmax"],
    range: "(0, 1), each row sums to 1",
    references: ["PyTorch torch.nn.functional.softmin(x, dim=-1)"],
    conventions: ["Along the last axis; evaluated with the row minimum subtracted first."],
  },
});
