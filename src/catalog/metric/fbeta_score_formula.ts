import { metric } from "../entry.js";
import { PROBABILITY } from "./conventions.js";

export default metric({
  name: "fbeta_score_formula",
  formula: "Piecewise((0, Eq(beta_f**2*prec + rec, 0)), ((1 + beta_f**2)*prec*rec/(beta_f**2*prec + rec), True))",
  variables: ["prec", "rec"],
  params: { beta_f: 1 },
  domains: { prec: PROBABILITY, rec: PROBABILITY, beta_f: { min: Number.MIN_VALUE, max: Infinity, what: "a positive weight" } },
  metadata: {
    description: "F-beta score (1 + beta**2)*prec*rec/(beta**2*prec + rec): recall weighted beta times as much as precision",
    usage: "Classification where recall matters more (beta_f > 1) or less (beta_f < 1) than precision.",
    pros: ["One parameter moves between precision (beta_f -> 0) and recall (beta_f -> inf)"],
    cons: ["Ignores true negatives", "beta_f is a judgement call"],
    range: "[0, 1]",
    aliases: ["fbeta_formula"],
    references: ["scikit-learn sklearn.metrics.fbeta_score", "van Rijsbergen, Information Retrieval, 1979"],
    conventions: [
      "beta_f = 1 is f1_score_formula. At prec = rec = 0 the value is 0, the limit and scikit-learn's value, not 0/0 (Neurogebra adds 1e-8 to the denominator); NaN in prec or rec stays NaN.",
    ],
  },
});
