import { activation } from "../entry.js";

export default activation({
  name: "softsign",
  formula: "x/(1 + Abs(x))",
  derivatives: { x: "1/(1 + Abs(x))**2" },
  metadata: {
    description: "Softsign - x/(1 + |x|): like tanh, but with polynomial tails",
    usage: "A cheaper, slower-saturating alternative to tanh.",
    pros: ["Cheap (no exp)", "Zero-centered", "Saturates more slowly than tanh"],
    cons: ["Still saturates", "Less common"],
    range: "(-1, 1)",
  },
});
