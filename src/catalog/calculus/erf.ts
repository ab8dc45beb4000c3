import { calculus } from "../entry.js";

export default calculus({
  name: "erf",
  formula: "erf(x)",
  metadata: {
    description: "Error function - 2/sqrt(pi) times the integral of exp(-t**2) from 0 to x",
    usage: "Normal CDFs (Phi(x) = (1 + erf(x/sqrt(2)))/2), GELU, diffusion.",
    pros: ["Odd, bounded in (-1, 1)", "Accurate everywhere (stdlib-js erf)"],
    cons: ["For 1 - erf(x) at large x use erfc"],
    range: "(-1, 1)",
    references: ["DLMF 7.2", "Neurogebra MathForge (calculus category)"],
  },
});
