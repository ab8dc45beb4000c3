import { linalg } from "../entry.js";

export default linalg({
  name: "dot_product_elem",
  formula: "x*y",
  variables: ["x", "y"],
  metadata: {
    description: "One term x*y of a dot product: summed over two vectors it is dot",
    usage: "Element terms of inner products, bilinear forms, attention logits; use dot along the last axis for the sum.",
    pros: ["Bilinear: d/dx = y, d/dy = x"],
    cons: ["Overflows where |x*y| > 1.8e308"],
    range: "(-inf, inf)",
    references: ["numpy.dot / torch.linalg.vecdot are the sum of these terms"],
  },
});
