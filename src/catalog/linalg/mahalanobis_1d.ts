import { linalg } from "../entry.js";

export default linalg({
  name: "mahalanobis_1d",
  formula: "Abs(x - mu)/sigma",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive standard deviation" },
  },
  metadata: {
    description: "Mahalanobis distance in one dimension: |x - mu| in standard deviations",
    usage: "Outlier scores of one feature; the 1-D case of the Mahalanobis distance (and the absolute z-score).",
    pros: ["Scale-free"],
    cons: ["One dimension: correlations between features need the full covariance"],
    range: "[0, inf)",
    references: ["Mahalanobis, On the generalised distance in statistics, 1936", "scipy.spatial.distance.mahalanobis(u, v, VI) with VI = [[1/sigma**2]]"],
    conventions: ["The derivative with respect to x (and mu) at x = mu is 0, as PyTorch's sign."],
  },
});
