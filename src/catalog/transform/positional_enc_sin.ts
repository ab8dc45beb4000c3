import { transform } from "../entry.js";

export default transform({
  name: "positional_enc_sin",
  formula: "sin(pos/10000**(2*i/d_model))",
  variables: ["pos", "i"],
  params: { d_model: 512 },
  domains: {
    pos: { min: 0, max: Number.MAX_VALUE, what: "a finite non-negative position" },
    i: { min: 0, max: Infinity, what: "a non-negative pair index" },
    d_model: { min: Number.MIN_VALUE, max: Infinity, what: "a positive model width" },
  },
  metadata: {
    description: "Sinusoidal positional encoding, even dimension: PE(pos, 2i) = sin(pos/10000**(2i/d_model))",
    usage: "Adding position information to the inputs of a Transformer.",
    pros: ["No parameters to learn", "Relative positions are linear functions of the encodings"],
    cons: ["Fixed: learned or rotary encodings often work better"],
    range: "[-1, 1]",
    references: [
      "Vaswani et al., Attention Is All You Need, 2017, section 3.5",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "pos (the position) and i (the index of the sine/cosine pair, dimensions 2i and 2i + 1) are the inputs, d_model a parameter (Neurogebra has all three as parameters); the defaults follow the paper's base model, d_model = 512.",
      "The argument is rounded before the sine: for large pos the result carries that rounding, as in any double implementation.",
    ],
  },
});
