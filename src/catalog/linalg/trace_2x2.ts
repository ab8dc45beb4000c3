import { linalg } from "../entry.js";

export default linalg({
  name: "trace_2x2",
  formula: "a + d",
  variables: ["a", "d"],
  metadata: {
    description: "Trace of the 2x2 matrix [[a, b], [c, d]]: the sum a + d of its diagonal (and of its eigenvalues)",
    usage: "Sum of eigenvalues of a 2x2 matrix; stability of 2-D linear systems (with the determinant).",
    pros: ["Linear: derivative 1 in a and d"],
    cons: ["Only the diagonal: b and c are not inputs"],
    range: "(-inf, inf)",
    references: ["numpy.trace of [[a, b], [c, d]]"],
    conventions: ["Takes only the diagonal a, d of [[a, b], [c, d]], as Neurogebra."],
  },
});
