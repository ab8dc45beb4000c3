import { activation } from "../entry.js";

export default activation({
  name: "bent_identity",
  formula: "(sqrt(x**2 + 1) - 1)/2 + x",
  metadata: {
    description: "Bent identity - (sqrt(x**2 + 1) - 1)/2 + x",
    usage: "A smooth, unbounded alternative to ReLU with gradient everywhere.",
    pros: ["Smooth", "Gradient between 0.5 and 1.5: never vanishes"],
    cons: ["Less common", "Unbounded"],
    range: "(-inf, inf)",
    conventions: ["sqrt(x**2 + 1) - 1 is evaluated as x**2/(sqrt(x**2 + 1) + 1), free of cancellation near 0."],
  },
});
