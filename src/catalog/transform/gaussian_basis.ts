import { transform } from "../entry.js";

export default transform({
  name: "gaussian_basis",
  formula: "exp(-(x - center)**2/(2*width**2))",
  params: { center: 0, width: 1 },
  metadata: {
    description: "Gaussian radial basis feature exp(-(x - center)**2/(2*width**2))",
    usage: "Expanding a scalar feature into smooth bumps for linear models (RBF features).",
    pros: ["Smooth and local", "Value 1 at the centre"],
    cons: ["One centre and width per feature: many are needed to cover a range"],
    range: "(0, 1]",
    references: [
      "Bishop, Pattern Recognition and Machine Learning, 2006, section 3.1",
      "Neurogebra MathForge (transform category)",
    ],
  },
});
