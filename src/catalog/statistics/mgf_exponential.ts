import { statistic } from "../entry.js";

export default statistic({
  name: "mgf_exponential",
  formula: "Piecewise((oo, t >= lambda_param), (lambda_param/(lambda_param - t), True))",
  variables: ["t"],
  params: { lambda_param: 1 },
  domains: {
    lambda_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive rate" },
  },
  metadata: {
    description: "Moment-generating function of the exponential distribution with rate lambda_param, E[exp(tX)] for t < lambda_param",
    usage: "Moments by differentiation at t = 0.",
    pros: ["Closed form"],
    cons: ["Finite only for t < lambda_param"],
    range: "(0, inf]",
    references: ["Casella & Berger, Statistical Inference, 2.3"],
    conventions: [
      "Infinity for t >= lambda_param, where the expectation diverges (not the negative values of lambda_param/(lambda_param - t) beyond the pole); its derivative there is 0, the derivative of the constant branch.",
    ],
  },
});
