import { calculus } from "../entry.js";

export default calculus({
  name: "wavelet_morlet",
  formula: "exp(-x**2/2)*cos(5*x)",
  metadata: {
    description: "Morlet wavelet (real part, center frequency 5) - exp(-x**2/2)*cos(5*x)",
    usage: "Time-frequency analysis of signals (continuous wavelet transform).",
    pros: ["Good frequency localization"],
    cons: ["Not exactly zero-mean (the correction term exp(-25/2) is left out, as in Neurogebra and most texts)"],
    range: "(-1, 1]",
    references: ["Goupillaud, Grossmann & Morlet, Geoexploration 1984", "SciPy signal.morlet2", "Neurogebra MathForge (calculus category)"],
  },
});
