import { linalg } from "../entry.js";

export default linalg({
  name: "sparsemax",
  formula: "Max(0, x[i] - SparsemaxThreshold(x[j], (j, 0, n - 1)))",
  variables: ["x"],
  metadata: {
    description: "Sparsemax - the Euclidean projection of a row onto the probability simplex: like softmax, but with exact zeros",
    usage: "Sparse attention and multi-label outputs where only a few classes should get probability.",
    pros: ["Outputs sum to 1 and are exactly 0 outside a support", "Piecewise linear: its Jacobian is diag(s) - s s^T/|S| with s the support's indicator"],
    cons: ["Not differentiable where an element enters or leaves the support", "Needs a sort per row (O(n log n))"],
    range: "[0, 1], each row sums to 1",
    references: ["Martins and Astudillo, From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label Classification, ICML 2016"],
    conventions: [
      "Along the last axis; tau is the threshold of the paper's Algorithm 1 (SparsemaxThreshold), computed on the row minus its maximum M, and x[i] - tau as (x[i] - M) - (tau - M): logits of ±1e4 neither overflow nor lose digits.",
      "The support S is {j : x[j] > tau}: an element at the threshold (output exactly 0) gets derivative 0, as the one-sided rule of Max(x, 0) at 0.",
      "A row with NaN or +Infinity gives NaN; -Infinity elements get 0.",
    ],
  },
});
