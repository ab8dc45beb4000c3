import { algebra } from "../entry.js";

export default algebra({
  name: "rational_quadratic_kernel",
  formula: "(1 + (x - y)**2/(2*alpha_rq*length_scale**2))**(-alpha_rq)",
  variables: ["x", "y"],
  params: { alpha_rq: 1, length_scale: 1 },
  metadata: {
    description: "Rational quadratic kernel - (1 + (x - y)**2/(2*alpha*l**2))**(-alpha) of two inputs",
    usage: "Gaussian processes over several length scales (a scale mixture of RBF kernels).",
    pros: ["Mixes length scales", "RBF as alpha -> inf"],
    cons: ["Two parameters to tune"],
    range: "(0, 1]",
    references: ["Rasmussen and Williams, Gaussian Processes for Machine Learning, 2006, eq. 4.19", "scikit-learn RationalQuadratic", "Neurogebra MathForge (algebra category)"],
  },
});
