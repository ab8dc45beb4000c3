import { linalg } from "../entry.js";

export default linalg({
  name: "cosine_similarity_from_norms",
  formula: "dot_xy/(norm_x*norm_y)",
  variables: ["dot_xy", "norm_x", "norm_y"],
  domains: {
    norm_x: { min: Number.MIN_VALUE, max: Infinity, what: "a positive norm (the cosine of a zero vector is undefined)" },
    norm_y: { min: Number.MIN_VALUE, max: Infinity, what: "a positive norm (the cosine of a zero vector is undefined)" },
  },
  metadata: {
    description: "Cosine similarity from a dot product and the two norms: dot_xy/(|x|*|y|)",
    usage: "When x·y, |x| and |y| are already computed (cached embedding norms); otherwise cosine_similarity takes the two vectors.",
    pros: ["No vector work: one division per pair"],
    cons: ["Trusts its inputs: |dot_xy| <= norm_x*norm_y is not checked", "norm_x*norm_y overflows beyond 1.8e308"],
    range: "[-1, 1] for consistent inputs",
    references: ["PyTorch torch.nn.functional.cosine_similarity (which clamps each norm at eps = 1e-8)"],
    conventions: [
      "Neurogebra's cosine_similarity(dot_xy, norm_x, norm_y); the name cosine_similarity is the vector form cosine_similarity(x, y) along the last axis (what PyTorch means by it), so forge.get(\"cosine_similarity\") gives that one.",
      "Neurogebra's parameters dot_xy, norm_x, norm_y are the inputs here; Neurogebra adds 1e-8 to the denominator, here a norm must be positive (an ArgumentError otherwise) and no epsilon is added.",
    ],
  },
});
