import { statistic } from "../entry.js";

export default statistic({
  name: "mutual_info_bound",
  formula: "log(1 + exp(x))",
  metadata: {
    description: "softplus(x) = log(1 + exp(x)), the term Neurogebra names a mutual-information bound",
    usage: "The softplus terms of the Jensen-Shannon mutual-information estimator (Deep InfoMax, f-GAN) on critic scores x.",
    pros: ["Exact in both tails (compiled as softplus)"],
    cons: ["By itself not a bound: the estimator combines such terms over joint and marginal samples"],
    range: "(0, inf)",
    references: ["Hjelm et al., Deep InfoMax, ICLR 2019", "Nowozin et al., f-GAN, NeurIPS 2016"],
    conventions: [
      "Same function as the activation softplus (a separate entry under Neurogebra's statistics name).",
    ],
  },
});
