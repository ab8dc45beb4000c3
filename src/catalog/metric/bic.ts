import { metric } from "../entry.js";

export default metric({
  name: "bic",
  formula: "k*log(n_obs) - 2*log_likelihood",
  variables: ["log_likelihood", "k", "n_obs"],
  domains: {
    k: { min: 0, max: Infinity, what: "a number of parameters" },
    n_obs: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of observations" },
  },
  metadata: {
    description: "Bayesian information criterion k*log(n) - 2 log L of a model with k parameters fitted to n observations",
    usage: "Choosing between models fitted to the same data: lower is better.",
    pros: ["Consistent: picks the true model as n grows, if it is among the candidates"],
    cons: ["Only differences between models fitted to the same data mean anything", "Favours small models more than AIC"],
    range: "(-inf, inf)",
    aliases: ["schwarz_criterion"],
    references: ["Schwarz, Annals of Statistics 1978", "statsmodels results.bic"],
    conventions: ["All three are inputs (Neurogebra has them as parameters)."],
  },
});
