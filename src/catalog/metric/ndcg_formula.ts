import { metric } from "../entry.js";
import { UNDEFINED_AT_ZERO } from "./conventions.js";

export default metric({
  name: "ndcg_formula",
  formula: "dcg/idcg",
  variables: ["dcg", "idcg"],
  domains: {
    dcg: { min: 0, max: Infinity, what: "a non-negative discounted cumulative gain" },
    idcg: { min: 0, max: Infinity, what: "a non-negative ideal discounted cumulative gain" },
  },
  metadata: {
    description: "Normalized discounted cumulative gain dcg/idcg: a ranking's DCG over the DCG of the ideal ranking",
    usage: "Ranking quality of search and recommendation results, when the DCGs are already computed (see ndcg for scores and relevances).",
    pros: ["1 for the ideal ranking", "Comparable between queries"],
    cons: ["Undefined when nothing is relevant"],
    range: "[0, 1]",
    references: ["Järvelin & Kekäläinen, ACM TOIS 2002", "scikit-learn sklearn.metrics.ndcg_score"],
    conventions: [`${UNDEFINED_AT_ZERO} scikit-learn's ndcg_score returns 0 where the ideal DCG is 0.`],
  },
});
