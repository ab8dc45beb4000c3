import { algebra } from "../entry.js";

export default algebra({
  name: "student_t",
  formula: "gamma((nu + 1)/2)/(sqrt(pi*nu)*gamma(nu/2))*(1 + x**2/nu)**(-(nu + 1)/2)",
  params: { nu: 1 },
  metadata: {
    description: "Student's t density - Gamma((nu + 1)/2)/(sqrt(pi*nu)*Gamma(nu/2))*(1 + x**2/nu)**(-(nu + 1)/2)",
    usage: "Heavy tails: robust regression likelihoods, small-sample inference, t-SNE's low-dimensional kernel (nu = 1).",
    pros: ["Heavy tails controlled by nu", "Normal as nu -> inf, Cauchy at nu = 1"],
    cons: ["The gamma functions overflow for nu > 340 (the ratio is finite)"],
    range: "(0, inf)",
    references: ["SciPy scipy.stats.t", "Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra's version calls an undefined gamma_func and does not evaluate; here it uses the engine's gamma.", "nu > 0 degrees of freedom."],
  },
});
