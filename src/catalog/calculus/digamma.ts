import { calculus } from "../entry.js";

export default calculus({
  name: "digamma",
  formula: "polygamma(0, x)",
  domains: {
    x: { min: 0, max: Infinity, what: "at least 0 (the poles at 0, -1, -2, ... of the negative axis are left out)" },
  },
  metadata: {
    description: "Digamma function - the derivative of log(gamma(x))",
    usage: "Gradients of log-normalizers (Dirichlet, gamma, beta), variational inference.",
    pros: ["Defined for every real x but the poles 0, -1, -2, ..."],
    cons: ["Restricted to x >= 0 here (digamma(0) = -inf); the negative axis, with its poles, is not offered"],
    range: "(-inf, inf)",
    references: ["DLMF 5.2.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["Written polygamma(0, x), as Neurogebra and SymPy do; the engine reads it as digamma(x)."],
  },
});
