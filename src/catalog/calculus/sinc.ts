import { calculus } from "../entry.js";

export default calculus({
  name: "sinc",
  formula: "sinc(pi*x)",
  metadata: {
    description: "Normalized sinc - sin(pi*x)/(pi*x), 1 at 0",
    usage: "Ideal low-pass filters, interpolation (Whittaker-Shannon), Lanczos kernels.",
    pros: ["Exact at and near 0 (value 1 and derivative 0 at 0, no cancellation)", "Zeros at the non-zero integers"],
    cons: ["Slow 1/x decay"],
    range: "[-0.2173, 1]",
    references: ["NumPy sinc", "DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra's sinc is the normalized sin(pi*x)/(pi*x), like NumPy's sinc; SymPy's sinc and the engine's sinc(x) are the unnormalized sin(x)/x, so this entry is written sinc(pi*x).", "pi*x is rounded before the sine: near the integers k != 0 the value, which is about (-1)**k*(x - k)/k, keeps only the absolute accuracy of pi*x (about 1e-16*|x|)."],
  },
});
