import { transform } from "../entry.js";

export default transform({
  name: "l2_normalize",
  // Piecewise rather than Max: the clamped branch's derivative is 1/epsilon, not 0*NaN from the other branch.
  formula: "x[i]/Piecewise((sqrt(Sum(x[j]**2, (j, 0, n - 1))), sqrt(Sum(x[j]**2, (j, 0, n - 1))) > epsilon), (epsilon, True))",
  variables: ["x"],
  params: { epsilon: 1e-12 },
  metadata: {
    description: "L2 normalisation - each row divided by its Euclidean norm, so that rows have length 1",
    usage: "Embeddings before a cosine similarity, weight normalisation.",
    pros: ["Removes scale; rows lie on the unit sphere"],
    cons: ["The norm is clamped at epsilon, so a zero row stays zero"],
    range: "[-1, 1]",
    references: ["PyTorch torch.nn.functional.normalize(x, p=2, dim=-1, eps=1e-12); Keras ops.normalize"],
    conventions: [
      "Divides by max(||x||, epsilon) with epsilon = 1e-12, as PyTorch's normalize.",
      "Neurogebra's l2_normalize is a scalar stand-in, x/(norm_l2 + 1e-8) with the norm given; that formula is l2_normalize_elem (without the + 1e-8).",
    ],
  },
});
