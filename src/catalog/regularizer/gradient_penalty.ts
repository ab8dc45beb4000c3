import { regularizer } from "../entry.js";

export default regularizer({
  name: "gradient_penalty",
  formula: "lambda_reg*(grad_norm - 1)**2",
  variables: ["grad_norm"],
  params: { lambda_reg: 10 },
  domains: { grad_norm: { min: 0, max: Infinity, what: "a norm" } },
  metadata: {
    description: "WGAN-GP gradient penalty lambda*(||grad||_2 - 1)**2, of a gradient norm given as a number",
    usage: "Wasserstein GAN critics (WGAN-GP): keeps the critic's gradient norm near 1 at points between real and generated samples.",
    pros: ["Soft 1-Lipschitz constraint without weight clipping", "Smooth"],
    cons: ["Needs the gradient of the critic with respect to its input (double backpropagation)"],
    range: "[0, inf)",
    references: ["Gulrajani et al., Improved training of Wasserstein GANs, NeurIPS 2017 (lambda = 10)", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra's scalar stand-in: the input is the norm itself. gradient_penalty_vector takes the gradient vector along the last axis and computes its norm.",
    ],
  },
});
