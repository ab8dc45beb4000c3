import { metric } from "../entry.js";

export default metric({
  name: "aic",
  formula: "2*k - 2*log_likelihood",
  variables: ["log_likelihood", "k"],
  domains: { k: { min: 0, max: Infinity, what: "a number of parameters" } },
  metadata: {
    description: "Akaike information criterion 2k - 2 log L of a model with k parameters and maximised log-likelihood log L",
    usage: "Choosing between models fitted to the same data: lower is better.",
    pros: ["Trades fit against complexity", "Asymptotically efficient for prediction"],
    cons: ["Only differences between models fitted to the same data mean anything", "Favours large models more than BIC"],
    range: "(-inf, inf)",
    references: ["Akaike, IEEE Transactions on Automatic Control 1974", "statsmodels results.aic"],
    conventions: ["Both are inputs (Neurogebra has them as parameters)."],
  },
});
