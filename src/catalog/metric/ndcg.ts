import { metric } from "../entry.js";

// Ranks as sums of comparisons: the tie group of element j starts at position r (0-based; the number of strictly
// higher scores) and holds g elements (the number of equal scores). scikit-learn averages over the orders of a
// tie group, so element j gets the mean discount of positions r .. r + g - 1.
const above = (s: string) => `Sum(Piecewise((1, ${s}[k] > ${s}[j]), (0, True)), (k, 0, n - 1))`;
const tied = (s: string) => `Sum(Piecewise((1, Eq(${s}[k], ${s}[j])), (0, True)), (k, 0, n - 1))`;
const dcg = (s: string) =>
  `Sum(y_true[j]*Sum(log(2)/log(p + 2)*Piecewise((1, p >= ${above(s)}), (0, True))*Piecewise((1, p < ${above(s)} + ${tied(s)}), (0, True)), (p, 0, n - 1))/${tied(s)}, (j, 0, n - 1))`;

export default metric({
  name: "ndcg",
  formula: `${dcg("y_pred")}/${dcg("y_true")}`,
  variables: ["y_pred", "y_true"],
  domains: { y_true: { min: 0, max: Infinity, what: "a non-negative relevance" } },
  metadata: {
    description: "Normalized discounted cumulative gain of a ranking along the last axis: the DCG of the order of the scores y_pred over the DCG of the ideal order",
    usage: "Ranking quality of search and recommendation results with graded relevance, one value per query (row).",
    pros: ["Graded relevance", "1 for the ideal ranking", "Tied scores handled as scikit-learn does"],
    cons: ["Undefined when nothing in a row is relevant", "Not differentiable: the derivative with respect to y_pred is 0", "O(n**2) per row"],
    range: "[0, 1]",
    aliases: ["ndcg_score"],
    references: ["scikit-learn sklearn.metrics.ndcg_score (k=None, ignore_ties=False)", "Järvelin & Kekäläinen, ACM TOIS 2002", "McSherry & Najork, Computing information retrieval performance measures efficiently in the presence of tied scores, ECIR 2008"],
    conventions: [
      "The gain is the relevance itself and the discount 1/log2(position + 1), positions from 1, as scikit-learn's.",
      "Tied scores: the relevances of a tie group share the mean discount of the positions the group occupies, scikit-learn's default (the average over all orders of the ties).",
      "No cut-off k: every position counts (scikit-learn's k=None).",
      "A row without relevance (ideal DCG 0) is 0/0 = NaN; scikit-learn returns 0 there.",
      "From the two DCGs: ndcg_formula; one term: dcg_elem.",
    ],
  },
});
