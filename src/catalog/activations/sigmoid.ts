import { activation } from "../entry.js";

export default activation({
  name: "sigmoid",
  formula: "1/(1 + exp(-x))",
  metadata: {
    description: "Logistic sigmoid - squashes any real number into (0, 1)",
    usage: "Output layer for binary classification and gates (LSTM, GRU); rarely in hidden layers.",
    pros: ["Smooth and bounded", "Output reads as a probability"],
    cons: ["Vanishing gradient for large |x|", "Not zero-centered"],
    range: "(0, 1)",
    aliases: ["logistic", "expit"],
    conventions: ["Evaluated as 1/(1 + exp(-x)) for x >= 0 and exp(x)/(1 + exp(x)) for x < 0, so it never overflows; its derivative is sigmoid(x)*sigmoid(-x), exact in both tails."],
  },
});
