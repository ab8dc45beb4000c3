import { regularizer } from "../entry.js";

export default regularizer({
  name: "l1_l2",
  formula: "l1_reg*Abs(w) + l2_reg*w**2",
  variables: ["w"],
  params: { l1_reg: 0.01, l2_reg: 0.01 },
  metadata: {
    description: "L1 and L2 penalties with separate coefficients, l1*|w| + l2*w**2",
    usage: "Keras-style combined penalty where both strengths are tuned independently.",
    pros: ["Convex", "Each strength tuned on its own"],
    cons: ["Two hyperparameters", "Not differentiable at 0"],
    range: "[0, inf)",
    references: ["Keras regularizers.L1L2(l1, l2)", "Neurogebra MathForge (regularizer category)"],
    conventions: ["Same sum as Keras's L1L2: l1*|w| + l2*w**2, without a factor 1/2.", "The derivative at w = 0 is 0 for the L1 part (sign(0) = 0)."],
  },
});
