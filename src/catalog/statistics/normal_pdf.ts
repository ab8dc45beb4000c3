import { statistic } from "../entry.js";

export default statistic({
  name: "normal_pdf",
  formula: "exp(-(x - mu)**2/(2*sigma**2))/(sigma*sqrt(2*pi))",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Normal (Gaussian) density with mean mu and standard deviation sigma",
    usage: "Likelihoods, priors and noise models with Gaussian errors; the gaussian density of a measurement.",
    pros: ["Closed form, smooth, every moment finite", "Maximum-entropy density for a given mean and variance"],
    cons: ["Light tails: one outlier dominates a Gaussian likelihood; see student_t_pdf for heavy tails", "Underflows to 0 beyond about 38 sigma; use normal_logpdf for log-likelihoods"],
    range: "(0, 1/(sigma*sqrt(2*pi))]",
    aliases: ["gaussian_pdf"],
    references: ["SciPy scipy.stats.norm.pdf", "PyTorch torch.distributions.Normal"],
    conventions: [
      "SciPy's loc-scale form: loc = mu, scale = sigma.",
      "sigma <= 0 is an error (sigma is checked when passed to eval).",
    ],
  },
});
