import { statistic } from "../entry.js";

export default statistic({
  name: "characteristic_normal",
  formula: "cos(mu*t)*exp(-sigma**2*t**2/2)",
  variables: ["t"],
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: 0, max: Infinity, what: "a non-negative standard deviation" },
  },
  metadata: {
    description: "Real part cos(mu*t)*exp(-sigma**2*t**2/2) of the normal characteristic function E[exp(i t X)]",
    usage: "With characteristic_normal_imag: Fourier-domain work with Gaussians.",
    pros: ["Bounded by 1"],
    cons: ["Only the real part"],
    range: "[-1, 1]",
    aliases: ["characteristic_normal_real"],
    references: ["Casella & Berger, Statistical Inference, 2.3"],
    conventions: [
      "Neurogebra's characteristic_normal is the complex exp(I*mu*t - sigma**2*t**2/2); formulas here are real, so it is split into characteristic_normal (real part) and characteristic_normal_imag.",
    ],
  },
});
