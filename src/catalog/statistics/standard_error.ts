import { statistic } from "../entry.js";

export default statistic({
  name: "standard_error",
  formula: "sigma/sqrt(n)",
  variables: ["sigma"],
  params: { n: 10 },
  domains: {
    sigma: { min: 0, max: Infinity, what: "a non-negative standard deviation" },
    n: { min: 1, max: Infinity, what: "a sample size" },
  },
  metadata: {
    description: "Standard error of the mean sigma/sqrt(n)",
    usage: "Error bars and confidence intervals of means.",
    pros: ["Simple"],
    cons: ["Assumes independent samples"],
    range: "[0, inf)",
    aliases: ["standard_error_of_mean", "sem"],
    references: ["SciPy scipy.stats.sem"],
    conventions: [
      "The standard deviation is the input and n a parameter.",
    ],
  },
});
