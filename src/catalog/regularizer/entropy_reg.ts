import { regularizer } from "../entry.js";

export default regularizer({
  name: "entropy_reg",
  formula: "lambda_reg*Piecewise((0, p <= 0), (0, p >= 1), (-p*log(p) - (1 - p)*log(1 - p), True))",
  variables: ["p"],
  params: { lambda_reg: 0.01 },
  domains: { p: { min: 0, max: 1, what: "a probability" } },
  metadata: {
    description: "Entropy penalty lambda*H(p), H(p) = -p*log(p) - (1 - p)*log(1 - p) the binary entropy of a predicted probability",
    usage: "Entropy minimisation in semi-supervised learning (added to the loss: confident predictions on unlabelled data); with a negative lambda, an entropy bonus for exploration (reinforcement learning).",
    pros: ["Exact at p = 0 and p = 1 without an epsilon", "Symmetric about p = 1/2"],
    cons: ["Infinite slope at p = 0 and p = 1", "Non-convex as a penalty (H is concave)"],
    range: "[0, lambda*log(2)]",
    references: ["Grandvalet & Bengio, Semi-supervised learning by entropy minimization, NeurIPS 2004", "Cover & Thomas, Elements of Information Theory, 2.1", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "0*log(0) = 0, the limit: the value at p = 0 and at p = 1 is exactly 0. Neurogebra writes -lambda_reg*(p*log(p + epsilon) + (1 - p)*log(1 - p + epsilon)) with epsilon = 1e-8; the epsilon is removed (it shifted values by up to about 2e-8*lambda and made them nonzero at the ends).",
      "At p = 0 and p = 1 the derivative is 0, the derivative of the constant branch that holds there; the one-sided slope is infinite (lambda*log((1 - p)/p)).",
      "The sign is Neurogebra's: the value is +lambda*H(p) >= 0, so adding it to a loss penalises uncertainty. Policy-gradient methods (A3C, PPO) subtract an entropy bonus instead: use a negative lambda_reg.",
      "Natural logarithm (nats); log(1 - p) is compiled as log1p(-p).",
    ],
  },
});
