import { linalg } from "../entry.js";

export default linalg({
  name: "chebyshev_dist",
  formula: "Max(Abs(x - y), Abs(a - b))",
  variables: ["x", "a", "b", "y"],
  metadata: {
    description: "Chebyshev distance between the 2-D points (x, a) and (y, b): the larger of |x - y| and |a - b|",
    usage: "Distances on grids where a diagonal step costs one (king moves), L-infinity distances of two coordinates.",
    pros: ["A true metric", "Cheap: no squares or roots"],
    cons: ["Only two coordinates; not differentiable where |x - y| = |a - b| or a difference is 0"],
    range: "[0, inf)",
    references: ["scipy.spatial.distance.chebyshev of two 2-D points"],
    conventions: [
      "Neurogebra's Max(Abs(a - b), Abs(x - y)); all four are inputs (Neurogebra lists no parameter), in the order x, a, b, y: the first point's coordinates, then the second's in reverse, (x, a) against (y, b).",
      "At a tie |x - y| = |a - b| the derivative follows the first argument, |x - y| (the library's tie rule for Max of two expressions); at a zero difference the derivative of Abs is 0.",
    ],
  },
});
