import { calculus } from "../entry.js";

export default calculus({
  name: "fourier_kernel_real",
  formula: "cos(omega*t)",
  variables: ["omega", "t"],
  metadata: {
    description: "Real part of the Fourier kernel exp(-i*omega*t) - cos(omega*t)",
    usage: "Writing Fourier transforms of real signals (cosine part).",
    pros: ["Bounded in [-1, 1]"],
    cons: ["The product omega*t is rounded before the cosine: for |omega*t| large the absolute error is about |omega*t|*1.1e-16", "NaN where omega*t overflows"],
    range: "[-1, 1]",
    references: ["DLMF 1.14.i", "Neurogebra MathForge (calculus category)"],
  },
});
