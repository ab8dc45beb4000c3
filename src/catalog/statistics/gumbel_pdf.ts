import { statistic } from "../entry.js";

export default statistic({
  name: "gumbel_pdf",
  formula: "Piecewise((0, x - mu < -7*beta_param), (exp(-(x - mu)/beta_param - exp(-(x - mu)/beta_param))/beta_param, True))",
  params: { mu: 0, beta_param: 1 },
  domains: {
    beta_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Gumbel (type I extreme value) density with location mu and scale beta_param",
    usage: "Maxima of many samples; the Gumbel-max trick and Gumbel-softmax sampling.",
    pros: ["Closed-form CDF exp(-exp(-z))"],
    cons: ["Skewed: the minimum version is its mirror image"],
    range: "(0, exp(-1)/beta_param]",
    references: ["SciPy scipy.stats.gumbel_r (loc = mu, scale = beta_param)"],
    conventions: [
      "The distribution of maxima (SciPy's gumbel_r), z = (x - mu)/beta_param.",
      "0 for z < -7, where exp(-z - exp(-z)) < exp(-1089) is below the smallest double (for beta_param > 1e-149): written as a branch so that neither the library nor the high-precision oracle evaluates exp(exp(-z)) for z -> -inf.",
    ],
  },
});
