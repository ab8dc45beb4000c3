import { metric } from "../entry.js";

export default metric({
  name: "dcg_elem",
  formula: "rel*log(2)/log(pos + 1)",
  variables: ["rel", "pos"],
  domains: { pos: { min: Number.MIN_VALUE, max: Infinity, what: "a positive position (1 for the first)" } },
  metadata: {
    description: "Discounted gain rel/log2(pos + 1) of a result of relevance rel at position pos",
    usage: "One term of a discounted cumulative gain (DCG): their sum over a ranking, divided by the ideal ranking's, is ndcg.",
    pros: ["Graded relevance", "Discounts results further down"],
    cons: ["Not normalised (see ndcg_formula and ndcg)"],
    range: "(-inf, inf)",
    references: ["Järvelin & Kekäläinen, Cumulated gain-based evaluation of IR techniques, ACM TOIS 2002", "scikit-learn sklearn.metrics.dcg_score"],
    conventions: ["Positions start at 1 (the first result is not discounted); the gain is rel itself, as scikit-learn's, not 2**rel - 1."],
  },
});
