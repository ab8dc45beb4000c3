import { calculus } from "../entry.js";

export default calculus({
  name: "taylor_sin",
  formula: "x*(1 - x**2*(1/6 - x**2*(1/120 - x**2/5040)))",
  derivatives: { x: "1 - x**2*(1/2 - x**2*(1/24 - x**2/720))" },
  metadata: {
    description: "Taylor polynomial of sin(x) to degree 7 about 0 - an approximation, exact only at 0",
    usage: "Teaching series expansions; small-angle approximations.",
    pros: ["A polynomial: cheap, smooth, differentiable everywhere"],
    cons: ["Only an approximation: error -5.4e-9 at x = 0.5, -2.7e-6 at 1, -1.6e-4 at pi/2, -0.075 at pi (where sin is 0)", "Diverges from the function away from 0"],
    range: "(-inf, inf)",
    references: ["Abramowitz & Stegun 4", "DLMF 1.10", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as the polynomial, not the function: the error figures are against the function itself.", "Written in Horner form (Neurogebra prints the expanded sum): the same polynomial, with no inf - inf where the powers overflow (|x| > 1e44); the derivative is written in Horner form too."],
  },
});
