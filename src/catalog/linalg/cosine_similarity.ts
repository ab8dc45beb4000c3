import { linalg } from "../entry.js";

export default linalg({
  name: "cosine_similarity",
  formula: "Sum(x[j]*y[j], (j, 0, n - 1))/(sqrt(Sum(x[j]**2, (j, 0, n - 1)))*sqrt(Sum(y[j]**2, (j, 0, n - 1))))",
  variables: ["x", "y"],
  metadata: {
    description: "Cosine similarity - the cosine of the angle between two vectors along the last axis",
    usage: "Comparing embeddings, contrastive losses, retrieval scores.",
    pros: ["Scale invariant", "Bounded in [-1, 1]"],
    cons: ["Undefined for a zero vector (NaN here; PyTorch clamps the norms at 1e-8)"],
    range: "[-1, 1]",
    references: ["PyTorch torch.nn.functional.cosine_similarity(x, y, dim=-1)"],
    conventions: [
      "No epsilon clamp: a zero row gives NaN rather than 0, so that the formula is exactly the textbook one.",
      "Neurogebra's cosine_similarity is a scalar stand-in taking the dot product and the two norms; it is cosine_similarity_from_norms here, and this name is the vector form, as in PyTorch.",
    ],
  },
});
