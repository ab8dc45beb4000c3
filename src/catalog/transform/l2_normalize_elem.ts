import { transform } from "../entry.js";

export default transform({
  name: "l2_normalize_elem",
  formula: "x/norm_l2",
  params: { norm_l2: 1 },
  metadata: {
    description: "One element of an L2 normalisation - x divided by a given Euclidean norm",
    usage: "Dividing a component by a norm computed elsewhere; for whole rows use l2_normalize.",
    pros: ["Elementwise: works with any precomputed norm"],
    cons: ["The norm is a parameter, not computed from the data", "norm_l2 = 0 divides by zero"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: [
      "Neurogebra calls this scalar stand-in l2_normalize (x/(norm_l2 + 1e-8)); here forge.get(\"l2_normalize\") is the vector form, which computes the norm of each row (PyTorch's normalize), and this entry keeps Neurogebra's formula under its own name, without the + 1e-8.",
    ],
  },
});
