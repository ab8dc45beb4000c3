import { transform } from "../entry.js";

export default transform({
  name: "winsorize",
  formula: "Max(lower_pct, Min(upper_pct, x))",
  params: { lower_pct: -1.6448536269514722, upper_pct: 1.6448536269514722 },
  metadata: {
    description: "Winsorizing - x limited to the values of a lower and an upper percentile",
    usage: "Taming outliers while keeping their rank: values beyond the chosen percentiles are set to them.",
    pros: ["Keeps every sample", "Robust to outliers"],
    cons: ["The percentile values are parameters, computed from the data beforehand"],
    range: "[lower_pct, upper_pct]",
    references: [
      "SciPy scipy.stats.mstats.winsorize",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "lower_pct and upper_pct are the data's values at the two percentiles (Neurogebra's names), not percentages; the defaults are the 5th and 95th percentiles of a standard normal distribution, ±1.6448536269514722.",
    ],
  },
});
