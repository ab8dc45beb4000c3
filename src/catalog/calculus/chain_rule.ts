import { calculus } from "../entry.js";

export default calculus({
  name: "chain_rule",
  formula: "df_du*du_dx",
  variables: ["df_du", "du_dx"],
  metadata: {
    description: "Chain rule - d f(u(x))/dx = df/du * du/dx, as the product of the two given derivatives",
    usage: "Explaining backpropagation through one composition: multiply the local derivatives.",
    pros: ["The rule behind backpropagation"],
    cons: ["A formula of already computed values, not the operation itself: the library applies the chain rule symbolically in gradient() (Expression.gradient)"],
    range: "(-inf, inf)",
    references: ["Any calculus text; Griewank & Walther, Evaluating Derivatives, 2008", "Neurogebra MathForge (calculus category)"],
  },
});
