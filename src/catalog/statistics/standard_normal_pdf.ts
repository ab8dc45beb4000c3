import { statistic } from "../entry.js";

export default statistic({
  name: "standard_normal_pdf",
  formula: "exp(-x**2/2)/sqrt(2*pi)",
  metadata: {
    description: "Standard normal density, the Gaussian with mean 0 and standard deviation 1",
    usage: "z-scores, probit models, the kernel of Gaussian smoothing.",
    pros: ["No parameters to misuse"],
    cons: ["Underflows to 0 for |x| > 38.6; use normal_logpdf for logs"],
    range: "(0, 0.3989...]",
    aliases: ["phi_pdf"],
    references: ["SciPy scipy.stats.norm.pdf"],
    conventions: [
      "Equal to normal_pdf with mu = 0, sigma = 1.",
    ],
  },
});
