import { linalg } from "../entry.js";

export default linalg({
  name: "glu",
  formula: "x[i]*sigmoid(x[i + n/2])",
  variables: ["x"],
  outputLength: "n/2",
  metadata: {
    description: "Gated linear unit - the first half of the last axis gated by the sigmoid of the second half: a*sigmoid(b)",
    usage: "Gated convolutional language models and the gated feed-forward layers of transformers (GLU variants).",
    pros: ["Linear path for the gradient through a, with a learned gate b", "Halves the width, so the layer before it doubles"],
    cons: ["Needs an even last axis", "The output is half as wide as the input"],
    range: "(-inf, inf); each row is half as long as the input row",
    references: ["Dauphin, Fan, Auli and Grangier, Language Modeling with Gated Convolutional Networks, 2017", "PyTorch torch.nn.functional.glu(x, dim=-1)"],
    conventions: [
      "Splits the last axis in half as PyTorch's glu(x, dim=-1): a = x[:n/2], b = x[n/2:]; an odd length is an ArgumentError.",
      "Its Jacobian has shape [..., n/2, n]: sigmoid(b) on the diagonal of the first half, a*sigmoid(b)*sigmoid(-b) on that of the second.",
      "In the linalg category, not activation: it works along the last axis (a vector in, half a vector out), so it has no value at one number and no curve to plot.",
    ],
  },
});
