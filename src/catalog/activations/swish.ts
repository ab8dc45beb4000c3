import { activation } from "../entry.js";

export default activation({
  name: "swish",
  formula: "x/(1 + exp(-x))",
  metadata: {
    description: "Swish / SiLU - x times sigmoid(x): smooth, non-monotonic, self-gated",
    usage: "Hidden layers of deep vision and language models (EfficientNet, many transformers).",
    pros: ["Smooth everywhere", "Often more accurate than ReLU in deep models", "Small negative values keep gradient flowing"],
    cons: ["More expensive than ReLU", "Non-monotonic"],
    range: "[-0.2785, inf)",
    aliases: ["silu"],
    references: ["Ramachandran, Zoph & Le, Searching for Activation Functions, 2017", "Elfwing, Uchibe & Doya, Sigmoid-Weighted Linear Units, 2017"],
    conventions: ["Swish with beta = 1, which PyTorch and TensorFlow call SiLU."],
  },
});
