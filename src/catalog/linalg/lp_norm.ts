import { linalg } from "../entry.js";

export default linalg({
  name: "lp_norm",
  formula: "Sum(Abs(x[j])**p, (j, 0, n - 1))**(1/p)",
  variables: ["x"],
  params: { p: 3 },
  metadata: {
    description: "Lp norm - the p-th root of the sum of |x|^p along the last axis",
    usage: "Norms between L1 (p = 1) and L-infinity (large p); generalised mean pooling.",
    pros: ["One family from L1 to max", "Convex for p >= 1"],
    cons: ["Powers overflow for large p or large elements", "Not differentiable at 0"],
    range: "[0, inf)",
    references: ["torch.linalg.vector_norm(x, ord=p, dim=-1)"],
    conventions: ["p defaults to 3 (l1_norm and l2_norm are the p = 1 and p = 2 entries); meant for p >= 1."],
  },
});
