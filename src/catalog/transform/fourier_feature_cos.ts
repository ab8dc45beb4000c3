import { transform } from "../entry.js";

export default transform({
  name: "fourier_feature_cos",
  formula: "cos(2*pi*freq*x)",
  params: { freq: 1 },
  domains: {
    x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" },
  },
  metadata: {
    description: "Cosine Fourier feature cos(2*pi*freq*x)",
    usage: "Periodic features (time of day, season) and random Fourier features for kernels.",
    pros: ["Smooth, bounded, periodic"],
    cons: ["Needs the sine beside it to encode a phase"],
    range: "[-1, 1]",
    references: [
      "Rahimi and Recht, Random Features for Large-Scale Kernel Machines, 2007",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "cos has no limit at \u00b1Infinity: the inputs are the finite doubles. The argument 2*pi*freq*x is rounded before the cosine, so near its zeros and for large arguments the result carries that rounding (as numpy.cos(2*numpy.pi*f*x) does).",
    ],
  },
});
