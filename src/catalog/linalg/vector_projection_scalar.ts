import { linalg } from "../entry.js";

export default linalg({
  name: "vector_projection_scalar",
  formula: "dot_ab/norm_b**2",
  variables: ["dot_ab", "norm_b"],
  domains: {
    norm_b: { min: Number.MIN_VALUE, max: Infinity, what: "a positive norm (there is no projection onto a zero vector)" },
  },
  metadata: {
    description: "The coefficient of the projection of a onto b: a·b/|b|^2, so that proj_b(a) = coefficient*b",
    usage: "Gram-Schmidt steps, removing a component (with orthogonal_residual_elem), gradient surgery (PCGrad).",
    pros: ["One division given the dot product and the norm"],
    cons: ["norm_b**2 overflows beyond 1.3e154 and underflows below 1e-154"],
    range: "(-inf, inf)",
    references: ["Strang, Introduction to Linear Algebra, projections onto a line"],
    conventions: ["Neurogebra's parameters dot_ab and norm_b are the inputs here; Neurogebra adds 1e-8 to norm_b**2, here norm_b must be positive (an ArgumentError otherwise) and no epsilon is added."],
  },
});
