import { activation } from "../entry.js";

export default activation({
  name: "lisht",
  formula: "x*tanh(x)",
  metadata: {
    description: "LiSHT - linearly scaled hyperbolic tangent, x*tanh(x)",
    usage: "Experimental alternative to ReLU/tanh in hidden layers.",
    pros: ["Smooth", "Symmetric, no dead neurons"],
    cons: ["Non-negative output", "Not monotonic"],
    range: "[0, inf)",
    references: ["Roy et al., LiSHT: Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function, 2019"],
  },
});
