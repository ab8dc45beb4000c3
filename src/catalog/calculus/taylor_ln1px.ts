import { calculus } from "../entry.js";

export default calculus({
  name: "taylor_ln1px",
  formula: "x*(1 - x*(1/2 - x*(1/3 - x*(1/4 - x/5))))",
  derivatives: { x: "1 - x*(1 - x*(1 - x*(1 - x)))" },
  metadata: {
    description: "Taylor polynomial of log(1 + x) to degree 5 about 0 - an approximation, exact only at 0",
    usage: "Teaching series expansions; log1p near 0 (the function itself is log1p, exact).",
    pros: ["A polynomial: cheap, smooth, differentiable everywhere"],
    cons: ["Only an approximation: error 1.5e-7 at x = 0.1, 1.8e-3 at 0.5, 4.6e-3 at -0.5, 0.09 at 1 (relative 0.13), 0.47 at -0.9; the series converges only for -1 < x <= 1", "Diverges from the function away from 0"],
    range: "(-inf, inf)",
    references: ["Abramowitz & Stegun 4", "DLMF 1.10", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as the polynomial, not the function: the error figures are against the function itself.", "Written in Horner form (Neurogebra prints the expanded sum): the same polynomial, with no inf - inf where the powers overflow (|x| > 1e44); the derivative is written in Horner form too."],
  },
});
