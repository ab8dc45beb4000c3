import { calculus } from "../entry.js";

export default calculus({
  name: "wavelet_mexican_hat",
  formula: "2*(1 - x**2)*exp(-x**2/2)/(sqrt(3)*pi**(1/4))",
  metadata: {
    description: "Mexican hat (Ricker) wavelet - the normalized negative second derivative of a Gaussian",
    usage: "Blob and edge detection, continuous wavelet transforms.",
    pros: ["Zero mean, unit L2 norm"],
    cons: ["1 - x**2 is rounded near |x| = 1 (absolute error about 1e-16 there)"],
    range: "[-0.446, 0.867]",
    references: ["SciPy signal.ricker", "Mallat, A Wavelet Tour of Signal Processing", "Neurogebra MathForge (calculus category)"],
    conventions: ["Normalization 2/(sqrt(3)*pi**(1/4)), as SciPy's ricker with a = 1 and Neurogebra."],
  },
});
