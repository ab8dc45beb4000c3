import { regularizer } from "../entry.js";

export default regularizer({
  name: "weight_decay",
  formula: "lambda_reg*w**2/2",
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "Weight decay penalty lambda*w**2/2, whose gradient lambda*w is the decay term of an SGD step",
    usage: "Weight decay written as a penalty: added to the loss, one SGD step multiplies w by (1 - lr*lambda).",
    pros: ["Gradient is exactly lambda*w", "Smooth and convex"],
    cons: ["Equals decoupled weight decay only for plain SGD: with Adam the penalty is rescaled per coordinate (AdamW decouples it)"],
    range: "[0, inf)",
    references: ["Loshchilov & Hutter, Decoupled weight decay regularization (AdamW), ICLR 2019", "torch.optim.SGD weight_decay", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra writes 0.5*lambda_reg*w**2; here the factor is the exact 1/2. Its gradient lambda*w is what torch.optim.SGD(weight_decay=lambda) adds to the gradient.",
    ],
  },
});
