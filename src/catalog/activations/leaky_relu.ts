import { activation } from "../entry.js";

export default activation({
  name: "leaky_relu",
  formula: "Max(alpha*x, x)",
  params: { alpha: 0.01 },
  // Written as PyTorch's backward reads: the derived form is a product of steps.
  derivatives: { x: "Piecewise((1, x > 0), (alpha, True))" },
  metadata: {
    description: "Leaky ReLU - x for x > 0, alpha*x otherwise: a small slope keeps negative units alive",
    usage: "Instead of ReLU when dead neurons are a problem (GANs, deep networks).",
    pros: ["No dead neurons", "Cheap as ReLU"],
    cons: ["The slope alpha is one more hyperparameter", "Not zero-centered"],
    range: "(-inf, inf)",
    references: ["Maas, Hannun & Ng, Rectifier Nonlinearities Improve Neural Network Acoustic Models, ICML 2013"],
    conventions: [
      "Default alpha is 0.01 (PyTorch's negative_slope); Keras's LeakyReLU defaults to 0.3 and tf.nn.leaky_relu to 0.2.",
      "The formula Max(alpha*x, x) assumes 0 <= alpha <= 1.",
      "The derivative at 0 is alpha, as in PyTorch.",
    ],
  },
});
