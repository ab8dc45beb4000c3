import { calculus } from "../entry.js";

export default calculus({
  name: "sech",
  formula: "sech(x)",
  metadata: {
    description: "Hyperbolic secant - 1/cosh(x)",
    usage: "Soliton profiles, the derivative of tanh (sech(x)**2), bell-shaped kernels.",
    pros: ["Even, bounded in (0, 1]", "No overflow: exact for every real x, including |x| > 710 where cosh(x) overflows"],
    cons: ["Vanishes fast in the tails"],
    range: "(0, 1]",
    references: ["DLMF 4.28", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra writes 1/cosh(x), which is 0 for |x| > 710.5 (cosh overflows) where sech(x) is still a subnormal number; the engine's sech is evaluated without the overflow."],
  },
});
