import { statistic } from "../entry.js";

export default statistic({
  name: "exponential_pdf",
  formula: "Piecewise((0, x < 0), (lambda_param*exp(-lambda_param*x), True))",
  params: { lambda_param: 1 },
  domains: {
    lambda_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive rate" },
  },
  metadata: {
    description: "Exponential density with rate lambda_param, 0 for x < 0",
    usage: "Waiting times between events of a Poisson process, lifetimes without ageing.",
    pros: ["Memoryless, one parameter"],
    cons: ["Constant hazard: no ageing or burn-in (see weibull_survival)"],
    range: "[0, lambda_param]",
    references: ["SciPy scipy.stats.expon (scale = 1/lambda_param)", "PyTorch torch.distributions.Exponential(rate)"],
    conventions: [
      "Parameterised by the rate, as PyTorch; SciPy's scale is 1/lambda_param.",
      "0 for x < 0 (Neurogebra's formula is not).",
    ],
  },
});
