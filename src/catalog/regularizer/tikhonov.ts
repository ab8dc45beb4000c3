import { regularizer } from "../entry.js";

export default regularizer({
  name: "tikhonov",
  formula: "lambda_reg*(w - w_prior)**2",
  variables: ["w"],
  params: { lambda_reg: 0.01, w_prior: 0 },
  metadata: {
    description: "Tikhonov penalty lambda*(w - w_prior)**2: shrinkage towards a prior value instead of 0",
    usage: "Ill-posed inverse problems; fine-tuning that keeps weights near pretrained ones (L2-SP); a Gaussian prior's MAP estimate.",
    pros: ["Smooth and strictly convex", "Centres the weights on prior knowledge"],
    cons: ["Needs a prior value"],
    range: "[0, inf)",
    references: ["Tikhonov & Arsenin, Solutions of ill-posed problems, 1977", "Li, Grandvalet & Davoine, Explicit inductive bias for transfer learning (L2-SP), ICML 2018", "Neurogebra MathForge (regularizer category)"],
    conventions: ["The scalar form with an identity Tikhonov matrix; w_prior = 0 gives the l2 penalty."],
  },
});
