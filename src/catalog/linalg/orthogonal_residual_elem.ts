import { linalg } from "../entry.js";

export default linalg({
  name: "orthogonal_residual_elem",
  formula: "a - b*proj_coeff",
  variables: ["a", "b"],
  params: { proj_coeff: 1 },
  metadata: {
    description: "One element a - c*b of the part of a orthogonal to b, with c = vector_projection_scalar's a·b/|b|^2",
    usage: "Gram-Schmidt orthogonalisation element by element; projecting out a direction.",
    pros: ["Linear in a and b"],
    cons: ["Cancels when a is nearly parallel to b: the residual is a difference of close numbers"],
    range: "(-inf, inf)",
    references: ["Strang, Introduction to Linear Algebra, Gram-Schmidt"],
    conventions: ["Neurogebra's a and b (elements of the two vectors) are the inputs; proj_coeff is a parameter, 1 by default (Neurogebra's default is not recorded)."],
  },
});
