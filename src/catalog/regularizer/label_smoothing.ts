import { regularizer } from "../entry.js";

export default regularizer({
  name: "label_smoothing",
  formula: "(1 - epsilon_smooth)*y + epsilon_smooth/K",
  variables: ["y"],
  params: { K: 10, epsilon_smooth: 0.1 },
  domains: { K: { min: 1, max: Infinity, what: "a number of classes" } },
  metadata: {
    description: "Smoothed target (1 - epsilon)*y + epsilon/K of a one-hot target y over K classes",
    usage: "Classification targets that are not fully confident, against over-confident networks (Inception v3, Transformers).",
    pros: ["Better calibration", "Linear: targets stay a probability distribution"],
    cons: ["Slightly lower peak accuracy in some settings; hurts knowledge distillation"],
    range: "[epsilon/K, 1 - epsilon + epsilon/K] for y in [0, 1]",
    references: ["Szegedy et al., Rethinking the Inception architecture, CVPR 2016, section 7", "torch.nn.CrossEntropyLoss(label_smoothing)", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "PyTorch's rule: the uniform part epsilon/K goes to every class, the true one included (K = number of classes).",
      "Neurogebra's scalar stand-in, with K given; label_smoothing_vector smooths a whole target row and takes K from its length.",
    ],
  },
});
