import { activation } from "../entry.js";

export default activation({
  name: "gelu_erf",
  formula: "0.5*x*(1 + erf(x/sqrt(2)))",
  metadata: {
    description: "Gaussian Error Linear Unit, exact form - x times the standard normal CDF of x",
    usage: "Transformers; matches PyTorch's default nn.GELU() and jax.nn.gelu(approximate=False).",
    pros: ["Smooth", "Exact definition (no approximation)"],
    cons: ["erf is more expensive than tanh"],
    range: "[-0.17, inf)",
    aliases: ["gelu_exact"],
    references: ["Hendrycks & Gimpel, Gaussian Error Linear Units (GELUs), 2016"],
    conventions: [
      "PyTorch's default GELU; 'gelu' here is the tanh approximation (as in GPT/BERT code).",
      "1 + erf(x/sqrt(2)) is evaluated as erfc(-x/sqrt(2)), exact in the left tail.",
    ],
  },
});
