import { linalg } from "../entry.js";

export default linalg({
  name: "canberra_dist_elem",
  formula: "Piecewise((0, Abs(x) + Abs(y) <= 0), (1, sign(x)*sign(y) <= 0), (Abs(x - y)/Abs(x + y), True))",
  variables: ["x", "y"],
  // Where x and y share a sign: d/dx = 2*sign(x - y)*|y|/(x + y)**2, written so that neither the difference of the
  // quotient rule's terms (which loses |x| << |y|) nor the square of x + y (which overflows at 1e300) is formed.
  derivatives: {
    x: "Piecewise((0, sign(x)*sign(y) <= 0), (2*sign(x - y)*Abs(y/(x + y))/Abs(x + y), True))",
    y: "Piecewise((0, sign(x)*sign(y) <= 0), (2*sign(y - x)*Abs(x/(x + y))/Abs(x + y), True))",
  },
  metadata: {
    description: "One term |x - y|/(|x| + |y|) of the Canberra distance: summed over two vectors it is canberra_distance",
    usage: "Element terms of the Canberra distance: differences relative to the magnitudes (counts, rankings, data near 0).",
    pros: ["Bounded in [0, 1] per term", "Sensitive to differences near 0"],
    cons: ["Very sensitive near 0: x = 1e-300, y = 0 gives 1", "Not differentiable where x = y or at 0"],
    range: "[0, 1]",
    references: ["Lance and Williams, Computer Journal 1966", "scipy.spatial.distance.canberra (0/0 terms are 0)"],
    conventions: [
      "Neurogebra adds 1e-8 to the denominator; here the term at x = y = 0 is 0, as SciPy's canberra, and no epsilon changes the others (Neurogebra's gives 0.5 instead of 1 at x = 1e-8, y = 0).",
      "Written by the signs: where x and y differ in sign (or one is 0) |x - y| = |x| + |y| and the term is exactly 1, with derivative 0; where they share a sign |x| + |y| = |x + y|. The quotient as written would give derivatives of 1e-19 instead of 0 there.",
    ],
  },
});
