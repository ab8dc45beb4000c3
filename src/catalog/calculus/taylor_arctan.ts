import { calculus } from "../entry.js";

export default calculus({
  name: "taylor_arctan",
  formula: "x*(1 - x**2*(1/3 - x**2*(1/5 - x**2/7)))",
  derivatives: { x: "1 - x**2*(1 - x**2*(1 - x**2))" },
  metadata: {
    description: "Taylor polynomial of atan(x) to degree 7 about 0 - an approximation, exact only at 0",
    usage: "Teaching series expansions (Gregory-Leibniz series at x = 1).",
    pros: ["A polynomial: cheap, smooth, differentiable everywhere"],
    cons: ["Only an approximation: error -1.1e-10 at x = 0.1, -1.8e-4 at 0.5, -0.062 at 1 (relative 0.078), -14 at 2; the series converges only for |x| <= 1", "Diverges from the function away from 0"],
    range: "(-inf, inf)",
    references: ["Abramowitz & Stegun 4", "DLMF 1.10", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as the polynomial, not the function: the error figures are against the function itself.", "Written in Horner form (Neurogebra prints the expanded sum): the same polynomial, with no inf - inf where the powers overflow (|x| > 1e44); the derivative is written in Horner form too."],
  },
});
