import { linalg } from "../entry.js";

export default linalg({
  name: "determinant_2x2",
  formula: "a*d - b*c",
  variables: ["a", "b", "c", "d"],
  metadata: {
    description: "Determinant of the 2x2 matrix [[a, b], [c, d]]",
    usage: "Areas, orientation tests, invertibility of 2x2 matrices, the Jacobian of 2-D changes of variables.",
    pros: ["Closed form, differentiable: d/da = d, d/db = -c, d/dc = -b, d/dd = a"],
    cons: ["Cancels for nearly singular matrices: a*d and b*c are rounded before they are subtracted"],
    range: "(-inf, inf)",
    references: ["numpy.linalg.det of [[a, b], [c, d]]"],
    conventions: ["The matrix is row-major: [[a, b], [c, d]]."],
  },
});
