import { linalg } from "../entry.js";

export default linalg({
  name: "euclidean_dist_elem",
  formula: "(x - y)**2",
  variables: ["x", "y"],
  metadata: {
    description: "One term (x - y)^2 of the squared Euclidean distance: the square root of the sum over two vectors is euclidean_distance",
    usage: "Element terms of squared distances (k-means, RBF kernels); use euclidean_distance along the last axis for the distance.",
    pros: ["Smooth", "x - y is computed first, so near-equal x and y lose nothing"],
    cons: ["Overflows for |x - y| > 1.3e154"],
    range: "[0, inf)",
    references: ["scipy.spatial.distance.sqeuclidean is the sum of these terms"],
    conventions: ["The term of the squared distance: no square root per element."],
  },
});
