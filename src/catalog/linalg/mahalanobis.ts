import { linalg } from "../entry.js";

export default linalg({
  name: "mahalanobis",
  formula: "sqrt(Sum((x[j] - y[j])**2/variance[j], (j, 0, n - 1)))",
  variables: ["x", "y", "variance"],
  // Where x = y the gradient is 0 (a subgradient), as euclidean_distance's, instead of 0/0.
  derivatives: {
    x: "Piecewise(((x[i] - y[i])/(variance[i]*sqrt(Sum((x[j] - y[j])**2/variance[j], (j, 0, n - 1)))), Sum((x[j] - y[j])**2/variance[j], (j, 0, n - 1)) > 0), (0, True))",
    y: "Piecewise((-((x[i] - y[i])/(variance[i]*sqrt(Sum((x[j] - y[j])**2/variance[j], (j, 0, n - 1))))), Sum((x[j] - y[j])**2/variance[j], (j, 0, n - 1)) > 0), (0, True))",
  },
  domains: {
    variance: { min: Number.MIN_VALUE, max: Infinity, what: "a positive variance" },
  },
  metadata: {
    description: "Mahalanobis distance with a diagonal covariance: the Euclidean distance of x - y with each element divided by its standard deviation",
    usage: "Outlier scores and nearest neighbours when features have different scales but are treated as uncorrelated.",
    pros: ["Scale-free per feature", "A true metric for positive variances"],
    cons: ["Diagonal covariance only: correlations between features are ignored"],
    range: "[0, inf)",
    references: ["Mahalanobis, On the generalised distance in statistics, 1936", "scipy.spatial.distance.seuclidean(u, v, V); scipy.spatial.distance.mahalanobis(u, v, VI) with VI = diag(1/V)"],
    conventions: [
      "The covariance is diagonal, given by its variances along the last axis: a full covariance matrix would need a second axis, which formulas along the last axis do not have.",
      "The gradient where x = y is 0, as euclidean_distance's.",
    ],
  },
});
