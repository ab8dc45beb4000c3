import { regularizer } from "../entry.js";

export default regularizer({
  name: "label_smoothing_vector",
  formula: "(1 - epsilon_smooth)*y[i] + epsilon_smooth/n",
  variables: ["y"],
  params: { epsilon_smooth: 0.1 },
  metadata: {
    description: "Label smoothing of a target row: (1 - epsilon)*y + epsilon/n, n the number of classes (the row's length)",
    usage: "Smoothing one-hot (or soft) classification targets before a cross entropy.",
    pros: ["The number of classes comes from the row, so it cannot disagree with the targets", "A distribution stays a distribution"],
    cons: ["Slightly lower peak accuracy in some settings; hurts knowledge distillation"],
    range: "[epsilon/n, 1 - epsilon + epsilon/n] for y in [0, 1]",
    references: ["Szegedy et al., Rethinking the Inception architecture, CVPR 2016, section 7", "torch.nn.CrossEntropyLoss(label_smoothing)"],
    conventions: [
      "The vector form of Neurogebra's label_smoothing (a scalar target with K given): K is the row's length n.",
      "PyTorch's rule: epsilon/n goes to every class, the true one included; cross_entropy's label_smoothing applies the same mix inside the loss.",
    ],
  },
});
