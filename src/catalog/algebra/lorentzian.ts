import { algebra } from "../entry.js";

export default algebra({
  name: "lorentzian",
  formula: "A/(1 + ((x - x0)/gamma_l)**2)",
  params: { A: 1, gamma_l: 1, x0: 0 },
  metadata: {
    description: "Lorentzian peak - A/(1 + ((x - x0)/gamma)**2), height A, half-width gamma",
    usage: "Spectral line shapes, resonance curves.",
    pros: ["Heavy tails", "Peak height A, half width at half maximum gamma_l"],
    cons: ["Heavy tails pull far-away points"],
    range: "(0, A] for A > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Written with ((x - x0)/gamma_l)**2 so that gamma_l**2 never overflows; cauchy_distribution is the normalized form."],
  },
});
