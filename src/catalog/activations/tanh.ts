import { activation } from "../entry.js";

export default activation({
  name: "tanh",
  formula: "tanh(x)",
  metadata: {
    description: "Hyperbolic tangent - squashes any real number into (-1, 1), zero-centered",
    usage: "Hidden layers of small networks and recurrent networks (RNN, LSTM cell state).",
    pros: ["Zero-centered", "Smooth and bounded", "Stronger gradient than sigmoid near 0"],
    cons: ["Vanishing gradient for large |x|", "Exponential cost"],
    range: "(-1, 1)",
    conventions: ["The derivative 1 - tanh(x)**2 is evaluated as 4*sigmoid(2*x)*sigmoid(-2*x), exact in the tails."],
  },
});
