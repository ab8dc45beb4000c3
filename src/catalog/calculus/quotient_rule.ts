import { calculus } from "../entry.js";

export default calculus({
  name: "quotient_rule",
  formula: "(df_dx*g_val - f_val*dg_dx)/g_val**2",
  variables: ["f_val", "g_val", "df_dx", "dg_dx"],
  metadata: {
    description: "Quotient rule - (f/g)' = (f'*g - f*g')/g**2, from given values and derivatives",
    usage: "Explaining the derivative of a quotient of two functions at one point.",
    pros: ["The exact rule: no epsilon in the denominator"],
    cons: ["A formula of already computed values, not the operation itself: gradient() differentiates quotients symbolically", "Infinite (or NaN) where g_val = 0, where f/g itself has a pole"],
    range: "(-inf, inf)",
    references: ["Any calculus text", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra divides by epsilon + g_val**2 to avoid the division by zero, which changes every value; this entry is the exact quotient rule, and g_val = 0 gives inf or NaN as f/g does.", "g_val**2 overflows for |g_val| > 1.3e154, where the value is then 0 instead of about df_dx/g_val."],
  },
});
