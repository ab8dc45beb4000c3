import { activation } from "../entry.js";

export default activation({
  name: "selu",
  formula: "lambd*Piecewise((x, x > 0), (alpha*(exp(x) - 1), True))",
  params: { lambd: 1.0507009873554805, alpha: 1.6732632423543772 },
  metadata: {
    description: "Scaled ELU - lambda times ELU, with constants that make activations self-normalising",
    usage: "Self-normalising fully connected networks (with LeCun normal initialisation and alpha dropout).",
    pros: ["Self-normalising: keeps mean 0 and variance 1 through layers"],
    cons: ["Needs a specific initialisation and architecture to self-normalise"],
    range: "(-lambda*alpha, inf)",
    references: ["Klambauer et al., Self-Normalizing Neural Networks, NeurIPS 2017"],
    conventions: ["lambda is spelled 'lambd' (lambda is a reserved word in Python and SymPy); the constants are PyTorch's."],
  },
});
