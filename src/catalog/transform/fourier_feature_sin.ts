import { transform } from "../entry.js";

export default transform({
  name: "fourier_feature_sin",
  formula: "sin(2*pi*freq*x)",
  params: { freq: 1 },
  domains: {
    x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" },
  },
  metadata: {
    description: "Sine Fourier feature sin(2*pi*freq*x)",
    usage: "Periodic features (time of day, season) and random Fourier features for kernels.",
    pros: ["Smooth, bounded, periodic"],
    cons: ["Needs the cosine beside it to encode a phase"],
    range: "[-1, 1]",
    references: [
      "Rahimi and Recht, Random Features for Large-Scale Kernel Machines, 2007",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "sin has no limit at ±Infinity: the inputs are the finite doubles. The argument 2*pi*freq*x is rounded before the sine, so near its zeros and for large arguments the result carries that rounding (as numpy.sin(2*numpy.pi*f*x) does).",
    ],
  },
});
