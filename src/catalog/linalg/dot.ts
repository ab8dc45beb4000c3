import { linalg } from "../entry.js";

export default linalg({
  name: "dot",
  formula: "Sum(x[j]*y[j], (j, 0, n - 1))",
  variables: ["x", "y"],
  metadata: {
    description: "Dot product - the sum of elementwise products along the last axis, one number per row",
    usage: "Similarity scores, linear layers written by hand, attention logits q·k.",
    pros: ["Bilinear: the gradient with respect to x is y"],
    cons: ["Scale-dependent; normalise for a similarity (cosine_similarity)"],
    range: "(-inf, inf)",
    aliases: ["inner_product"],
    references: ["NumPy numpy.dot / torch.linalg.vecdot along the last axis"],
    conventions: ["Along the last axis; the other axes broadcast."],
  },
});
