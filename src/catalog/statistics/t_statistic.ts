import { statistic } from "../entry.js";

export default statistic({
  name: "t_statistic",
  formula: "sqrt(n)*(x - mu)/s",
  params: { mu: 0, s: 1, n: 10 },
  domains: {
    s: { min: Number.MIN_VALUE, max: Infinity, what: "a positive standard deviation" },
    n: { min: 1, max: Infinity, what: "a sample size" },
  },
  metadata: {
    description: "One-sample t statistic sqrt(n)*(x - mu)/s for a sample mean x, hypothesised mean mu, sample standard deviation s and size n",
    usage: "One-sample t-test; compare with student_t_pdf at nu = n - 1.",
    pros: ["Exact small-sample test under normality"],
    cons: ["Assumes normal data"],
    range: "(-inf, inf)",
    references: ["SciPy scipy.stats.ttest_1samp"],
    conventions: [
      "s is the sample standard deviation with ddof = 1.",
    ],
  },
});
