import { calculus } from "../entry.js";

export default calculus({
  name: "arctan2",
  formula: "atan2(y, x)",
  variables: ["y", "x"],
  metadata: {
    description: "Two-argument inverse tangent - the angle of the point (x, y), in (-pi, pi]",
    usage: "Angles of 2-D vectors and complex numbers (phase), headings.",
    pros: ["Full quadrant information", "No division: exact for every (x, y), including x = 0"],
    cons: ["Discontinuous across the negative x axis", "Undefined gradient at the origin"],
    range: "(-pi, pi]",
    references: ["DLMF 4.23.iv", "NumPy arctan2", "Neurogebra MathForge (calculus category)"],
    conventions: ["The arguments are y first, then x, as in atan2 of C, NumPy and SymPy.", "Signed zeros follow IEEE atan2: atan2(+0, -1) = pi, atan2(-0, -1) = -pi."],
  },
});
