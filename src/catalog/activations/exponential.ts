import { activation } from "../entry.js";

export default activation({
  name: "exponential",
  formula: "exp(x)",
  metadata: {
    description: "Exponential - exp(x)",
    usage: "Output layer for strictly positive targets (rates, scales); Keras's 'exponential'.",
    pros: ["Strictly positive", "Its own derivative"],
    cons: ["Overflows for x > 709.78"],
    range: "(0, inf)",
  },
});
