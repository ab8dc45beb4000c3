import { transform } from "../entry.js";
import sine from "./positional_enc_sin.js";

// The odd dimensions: the cosine of the sine's argument, with its inputs, domains and references.
export default transform({
  ...sine,
  name: "positional_enc_cos",
  formula: "cos(pos/10000**(2*i/d_model))",
  metadata: {
    ...sine.metadata,
    description: "Sinusoidal positional encoding, odd dimension: PE(pos, 2i + 1) = cos(pos/10000**(2i/d_model))",
    conventions: [
      sine.metadata.conventions![0]!,
      "The argument is rounded before the cosine: for large pos the result carries that rounding, as in any double implementation.",
    ],
  },
});
