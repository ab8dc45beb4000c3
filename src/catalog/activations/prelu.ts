import { activation } from "../entry.js";

export default activation({
  name: "prelu",
  formula: "Max(alpha*x, x)",
  params: { alpha: 0.25 },
  trainable: ["alpha"],
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((1, x > 0), (alpha, True))" },
  metadata: {
    description: "Parametric ReLU - leaky ReLU whose negative slope alpha is learned",
    usage: "Deep convolutional networks where a learned slope beats a fixed one.",
    pros: ["Learns the negative slope", "No dead neurons"],
    cons: ["One more parameter per channel", "Can overfit on small data"],
    range: "(-inf, inf)",
    references: ["He et al., Delving Deep into Rectifiers, ICCV 2015"],
    conventions: ["alpha starts at 0.25 as in PyTorch's nn.PReLU and is trainable; the formula assumes 0 <= alpha <= 1.", "The derivative at 0 is alpha, as in PyTorch."],
  },
});
