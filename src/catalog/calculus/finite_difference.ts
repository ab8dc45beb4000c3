import { calculus } from "../entry.js";

export default calculus({
  name: "finite_difference",
  formula: "(f_plus - f_minus)/(2*h)",
  variables: ["f_plus", "f_minus"],
  params: { h: 0.01 },
  metadata: {
    description: "Central finite difference - (f(x + h) - f(x - h))/(2*h), from the two given values",
    usage: "Checking a derivative numerically; estimating slopes from sampled data.",
    pros: ["Error O(h**2) for smooth f, better than a one-sided difference"],
    cons: ["A formula of already computed values, not the operation itself: gradient() gives the exact derivative", "Too small an h loses digits to cancellation in f_plus - f_minus (best h is about 6e-6*|x| for doubles)"],
    range: "(-inf, inf)",
    references: ["Press et al., Numerical Recipes, 5.7", "Nocedal & Wright, Numerical Optimization, 8.1", "Neurogebra MathForge (calculus category)"],
    conventions: ["f_plus = f(x + h) and f_minus = f(x - h) are inputs, the step h a parameter (default 0.01)."],
  },
});
