import { calculus } from "../entry.js";

export default calculus({
  name: "cbrt",
  formula: "cbrt(x)",
  metadata: {
    description: "Real cube root - negative for negative x",
    usage: "Cube-root scaling of skewed data, volumes to lengths.",
    pros: ["Defined for every real x (real root)", "Odd: cbrt(-x) = -cbrt(x)"],
    cons: ["Infinite derivative at 0"],
    range: "(-inf, inf)",
    references: ["DLMF 4.2", "NumPy cbrt", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra writes x**(1/3), which is NaN (complex in SymPy) for x < 0; this entry is the real cube root (NumPy's cbrt, Math.cbrt).", "SymPy's cbrt(x) is x**(1/3), the principal complex root for x < 0: the printed formula means the real root only in this library."],
  },
});
