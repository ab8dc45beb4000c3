import { calculus } from "../entry.js";

export default calculus({
  name: "taylor_exp",
  formula: "1 + x*(1 + x*(1/2 + x*(1/6 + x*(1/24 + x/120))))",
  derivatives: { x: "1 + x*(1 + x*(1/2 + x*(1/6 + x/24)))" },
  metadata: {
    description: "Taylor polynomial of exp(x) to degree 5 about 0 - an approximation, exact only at 0",
    usage: "Teaching series expansions; cheap exp near 0 where 1e-5 accuracy is enough.",
    pros: ["A polynomial: cheap, smooth, differentiable everywhere"],
    cons: ["Only an approximation: error -1.4e-9 at x = 0.1, -2.3e-5 at 0.5, -1.6e-3 at 1 (relative 6e-4), -0.12 at 2 (relative 1.7e-2), relative 0.51 at -2", "Diverges from the function away from 0"],
    range: "(-inf, inf)",
    references: ["Abramowitz & Stegun 4", "DLMF 1.10", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as the polynomial, not the function: the error figures are against the function itself.", "Written in Horner form (Neurogebra prints the expanded sum): the same polynomial, with no inf - inf where the powers overflow (|x| > 1e44); the derivative is written in Horner form too."],
  },
});
