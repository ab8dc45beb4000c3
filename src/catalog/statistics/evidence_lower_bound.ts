import { statistic } from "../entry.js";

export default statistic({
  name: "evidence_lower_bound",
  formula: "log_likelihood - kl_term",
  variables: ["log_likelihood", "kl_term"],
  metadata: {
    description: "Evidence lower bound: expected log-likelihood minus the KL divergence of the approximate posterior from the prior",
    usage: "Objective of variational inference and VAEs (maximised).",
    pros: ["A lower bound on log evidence"],
    cons: ["Its terms are estimated elsewhere"],
    range: "(-inf, inf)",
    aliases: ["elbo"],
    references: ["Kingma & Welling, Auto-Encoding Variational Bayes, ICLR 2014"],
    conventions: [
      "Both terms are inputs (Neurogebra has them as parameters).",
    ],
  },
});
