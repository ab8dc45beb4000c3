import { activation } from "../entry.js";

export default activation({
  name: "relu",
  formula: "Max(0, x)",
  metadata: {
    description: "Rectified Linear Unit - outputs x if x > 0, else 0",
    usage: "Default choice for hidden layers of deep feed-forward and convolutional networks.",
    pros: ["Fast computation", "No vanishing gradient for positive values"],
    cons: ["Dead neurons for negative values", "Not zero-centered"],
    range: "[0, inf)",
    references: ["Nair & Hinton, Rectified Linear Units Improve Restricted Boltzmann Machines, ICML 2010"],
    conventions: ["The derivative at 0 is 0, as in PyTorch, JAX and TensorFlow."],
  },
});
