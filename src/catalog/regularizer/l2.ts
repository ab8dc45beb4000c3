import { regularizer } from "../entry.js";

export default regularizer({
  name: "l2",
  formula: "lambda_reg*w**2",
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "L2 penalty (ridge) lambda*w**2 of one weight; summed over the weights it is lambda*||w||_2**2",
    usage: "Keeping weights small to reduce overfitting; ridge regression.",
    pros: ["Smooth and strictly convex", "Closed-form ridge solution"],
    cons: ["No exact zeros: shrinks weights but does not select"],
    range: "[0, inf)",
    aliases: ["ridge"],
    references: ["Hoerl & Kennard, Ridge regression, Technometrics 1970", "Keras regularizers.L2", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "No factor 1/2: lambda*w**2, as Keras's regularizers.L2(l2); its gradient is 2*lambda*w. weight_decay is the form with 1/2, whose gradient is lambda*w.",
    ],
  },
});
