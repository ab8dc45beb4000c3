import { statistic } from "../entry.js";

export default statistic({
  name: "cross_entropy_elem",
  formula: "Piecewise((0, y <= 0), (-y*log(p), True)) + Piecewise((0, y >= 1), (-(1 - y)*log(1 - p), True))",
  variables: ["p", "y"],
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    y: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Element of the cross-entropy -y*log(p) - (1 - y)*log(1 - p) between a target y and a predicted probability p",
    usage: "One element of a binary cross-entropy sum (see the loss binary_crossentropy for the clamped PyTorch form).",
    pros: ["No epsilon: 0*log(0) = 0 for a hard target"],
    cons: ["Infinite for a confident wrong prediction"],
    range: "[0, inf]",
    references: ["Cover & Thomas, Elements of Information Theory, 2.3"],
    conventions: [
      "A term whose weight y or 1 - y is 0 is 0, even where its log is infinite (0*log(0) = 0).",
      "Unclamped, unlike the loss binary_crossentropy (PyTorch clamps the log at -100).",
    ],
  },
});
