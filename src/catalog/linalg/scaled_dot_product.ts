import { linalg } from "../entry.js";

export default linalg({
  name: "scaled_dot_product",
  formula: "dot_qk/sqrt(d_k)",
  variables: ["dot_qk"],
  params: { d_k: 64 },
  domains: {
    d_k: { min: Number.MIN_VALUE, max: Infinity, what: "a positive key dimension" },
  },
  metadata: {
    description: "An attention logit: the query-key dot product divided by the square root of the key dimension",
    usage: "Scaled dot-product attention: softmax over these logits gives the attention weights.",
    pros: ["Keeps logits of unit variance for unit-variance q and k, so softmax does not saturate"],
    cons: ["Takes the dot product, not the vectors: compute q·k with dot"],
    range: "(-inf, inf)",
    references: ["Vaswani et al., Attention Is All You Need, 2017 (d_k = 64 in the base model)", "torch.nn.functional.scaled_dot_product_attention (scale = 1/sqrt(d_k))"],
    conventions: ["Neurogebra's parameter dot_qk is the input here; d_k is a parameter, 64 by default (the Transformer base model's)."],
  },
});
