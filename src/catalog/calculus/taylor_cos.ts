import { calculus } from "../entry.js";

export default calculus({
  name: "taylor_cos",
  formula: "1 - x**2*(1/2 - x**2*(1/24 - x**2/720))",
  derivatives: { x: "-x*(1 - x**2*(1/6 - x**2/120))" },
  metadata: {
    description: "Taylor polynomial of cos(x) to degree 6 about 0 - an approximation, exact only at 0",
    usage: "Teaching series expansions; small-angle approximations.",
    pros: ["A polynomial: cheap, smooth, differentiable everywhere"],
    cons: ["Only an approximation: error -9.7e-8 at x = 0.5, -2.5e-5 at 1, -8.9e-4 at pi/2 (where cos is 0), -0.21 at pi", "Diverges from the function away from 0"],
    range: "(-inf, inf)",
    references: ["Abramowitz & Stegun 4", "DLMF 1.10", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as the polynomial, not the function: the error figures are against the function itself.", "Written in Horner form (Neurogebra prints the expanded sum): the same polynomial, with no inf - inf where the powers overflow (|x| > 1e44); the derivative is written in Horner form too."],
  },
});
