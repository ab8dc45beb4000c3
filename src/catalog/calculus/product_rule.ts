import { calculus } from "../entry.js";

export default calculus({
  name: "product_rule",
  formula: "df_dx*g_val + f_val*dg_dx",
  variables: ["f_val", "g_val", "df_dx", "dg_dx"],
  metadata: {
    description: "Product rule - (f*g)' = f'*g + f*g', from given values and derivatives",
    usage: "Explaining the derivative of a product of two functions at one point.",
    pros: ["Exact for the given values"],
    cons: ["A formula of already computed values, not the operation itself: gradient() differentiates products symbolically"],
    range: "(-inf, inf)",
    references: ["Any calculus text", "Neurogebra MathForge (calculus category)"],
  },
});
