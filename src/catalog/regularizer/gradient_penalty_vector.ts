import { regularizer } from "../entry.js";

const NORM = "sqrt(Sum(gradient[j]**2, (j, 0, n - 1)))";

export default regularizer({
  name: "gradient_penalty_vector",
  formula: `lambda_reg*(${NORM} - 1)**2`,
  variables: ["gradient"],
  params: { lambda_reg: 10 },
  // At gradient = 0 the norm's gradient is taken as 0, as PyTorch's norm backward, instead of 0/0.
  derivatives: { gradient: `Piecewise((2*lambda_reg*(${NORM} - 1)*gradient[i]/${NORM}, Sum(gradient[j]**2, (j, 0, n - 1)) > 0), (0, True))` },
  metadata: {
    description: "WGAN-GP gradient penalty lambda*(||gradient||_2 - 1)**2 of a gradient vector along the last axis",
    usage: "Wasserstein GAN critics: the input is the critic's gradient with respect to its input at a point between a real and a generated sample, one row per sample.",
    pros: ["Soft 1-Lipschitz constraint without weight clipping", "Smooth away from a zero gradient"],
    cons: ["Needs double backpropagation to obtain the gradient", "Squares overflow beyond about 1e154 per element"],
    range: "[0, inf)",
    references: ["Gulrajani et al., Improved training of Wasserstein GANs, NeurIPS 2017 (lambda = 10)"],
    conventions: [
      "The vector form of Neurogebra's gradient_penalty, which takes the norm itself: gradient_penalty_vector(gradient) = gradient_penalty(||gradient||_2).",
      "The derivative at a zero gradient vector is 0 (PyTorch's norm backward), although the penalty's one-sided slopes there are -2*lambda in every direction.",
    ],
  },
});
