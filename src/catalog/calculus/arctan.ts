import { calculus } from "../entry.js";

export default calculus({
  name: "arctan",
  formula: "atan(x)",
  metadata: {
    description: "Inverse tangent - the angle in (-pi/2, pi/2) whose tangent is x",
    usage: "Angles from slopes; a bounded squashing function.",
    pros: ["Defined on the whole line", "Bounded, smooth, odd"],
    cons: ["Loses the quadrant: use arctan2 for angles of points"],
    range: "(-pi/2, pi/2)",
    references: ["DLMF 4.23", "Neurogebra MathForge (calculus category)"],
    conventions: ["Printed as atan, SymPy's name."],
  },
});
