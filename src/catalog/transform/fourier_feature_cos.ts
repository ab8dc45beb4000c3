import { transform } from "../entry.js";
import sine from "./fourier_feature_sin.js";

// The cosine of the sine feature's argument, with its parameter, domain and references.
export default transform({
  ...sine,
  name: "fourier_feature_cos",
  formula: "cos(2*pi*freq*x)",
  metadata: {
    ...sine.metadata,
    description: "Cosine Fourier feature cos(2*pi*freq*x)",
    cons: ["Needs the sine beside it to encode a phase"],
    conventions: [
      "cos has no limit at ±Infinity: the inputs are the finite doubles. The argument 2*pi*freq*x is rounded before the cosine, so near its zeros and for large arguments the result carries that rounding (as numpy.cos(2*numpy.pi*f*x) does).",
    ],
  },
});
