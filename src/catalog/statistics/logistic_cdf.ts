import { statistic } from "../entry.js";

export default statistic({
  name: "logistic_cdf",
  formula: "sigmoid((x - mu)/s)",
  params: { mu: 0, s: 1 },
  domains: {
    s: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Logistic cumulative distribution function with location mu and scale s, the sigmoid of (x - mu)/s",
    usage: "Logistic regression's link, Elo ratings, growth curves.",
    pros: ["Exact in both tails (a sigmoid, not 1/(exp + 1))"],
    cons: ["Heavier tails than the normal CDF"],
    range: "[0, 1]",
    references: ["SciPy scipy.stats.logistic.cdf (loc = mu, scale = s)"],
    conventions: [
      "Written as sigmoid((x - mu)/s): 1/(exp(-(x - mu)/s) + 1) is the same function, but sigmoid is exact in both tails.",
    ],
  },
});
