import { metric } from "../entry.js";

export default metric({
  name: "cosine_distance_metric",
  formula: "1 - dot_ab/(norm_a*norm_b)",
  variables: ["dot_ab", "norm_a", "norm_b"],
  domains: {
    norm_a: { min: Number.MIN_VALUE, max: Infinity, what: "a positive norm (the cosine of a zero vector is undefined)" },
    norm_b: { min: Number.MIN_VALUE, max: Infinity, what: "a positive norm (the cosine of a zero vector is undefined)" },
  },
  metadata: {
    description: "Cosine distance 1 - dot_ab/(norm_a*norm_b) from a dot product and two norms",
    usage: "Distance between embeddings when the dot product and the norms are already computed.",
    pros: ["Scale invariant"],
    cons: ["Not a metric in the strict sense (no triangle inequality)", "Undefined for a zero vector"],
    range: "[0, 2]",
    references: ["scikit-learn sklearn.metrics.pairwise.cosine_distances", "SciPy scipy.spatial.distance.cosine"],
    conventions: [
      "A scalar stand-in, as Neurogebra's; for two vectors along the last axis it is 1 - cosine_similarity(x, y) (linalg).",
      "No epsilon: a zero norm is an error (the cosine of a zero vector is undefined); Neurogebra adds 1e-8 to the denominator and returns 1.",
    ],
  },
});
