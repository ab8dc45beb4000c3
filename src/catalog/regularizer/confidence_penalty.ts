import { regularizer } from "../entry.js";

export default regularizer({
  name: "confidence_penalty",
  formula: "Piecewise((0, p <= 0), (-lambda_reg*p*log(p), True))",
  variables: ["p"],
  params: { lambda_reg: 0.1 },
  domains: { p: { min: 0, max: 1, what: "a probability" } },
  metadata: {
    description: "Entropy term -lambda*p*log(p) of one predicted class probability; summed over the classes it is lambda*H(p)",
    usage: "The confidence penalty of Pereyra et al.: subtracted from the loss (beta*H), it discourages over-confident output distributions.",
    pros: ["Exact at p = 0 without an epsilon", "Improves calibration"],
    cons: ["Infinite slope at p = 0", "Its sign must be chosen with care (see conventions)"],
    range: "[0, lambda/e]",
    references: ["Pereyra et al., Regularizing neural networks by penalizing confident output distributions, ICLR 2017 workshop", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "0*log(0) = 0, the limit: the value at p = 0 is exactly 0. Neurogebra writes -lambda_reg*p*log(p + epsilon) with epsilon = 1e-8; the epsilon is removed (it shifted values by up to about 1e-8*lambda).",
      "At p = 0 the derivative is 0, the derivative of the constant branch that holds there; the one-sided slope is infinite (-lambda*(log(p) + 1)).",
      "The value is +lambda*(-p*log(p)) >= 0, an entropy contribution, as Neurogebra writes it. Pereyra et al. minimise loss - beta*H(p): to penalise confidence, subtract the sum of this entry over the classes from the loss (or use a negative lambda_reg).",
    ],
  },
});
