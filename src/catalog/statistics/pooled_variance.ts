import { statistic } from "../entry.js";

export default statistic({
  name: "pooled_variance",
  formula: "((n1 - 1)*s1**2 + (n2 - 1)*s2**2)/(n1 + n2 - 2)",
  variables: ["s1", "s2"],
  params: { n1: 10, n2: 15 },
  domains: {
    n1: { min: 1, max: Infinity, what: "a sample size" },
    n2: { min: 1, max: Infinity, what: "a sample size" },
  },
  metadata: {
    description: "Pooled variance of two samples with standard deviations s1, s2 and sizes n1, n2",
    usage: "Two-sample t-test with equal variances.",
    pros: ["Unbiased under equal variances"],
    cons: ["Wrong when the variances differ (use Welch's test)", "n1 = n2 = 1 gives 0/0"],
    range: "[0, inf)",
    references: ["SciPy scipy.stats.ttest_ind(equal_var = True)"],
    conventions: [
      "The standard deviations are the inputs and the sample sizes parameters (Neurogebra has all four as parameters).",
    ],
  },
});
