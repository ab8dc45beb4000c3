import { optimization } from "../entry.js";

export default optimization({
  name: "quadratic_bowl",
  formula: "a_qb*(x - x_opt)**2 + b_qb*(y - y_opt)**2",
  variables: ["x", "y"],
  params: { a_qb: 1, b_qb: 1, x_opt: 0, y_opt: 0 },
  metadata: {
    description: "Quadratic bowl - a_qb*(x - x_opt)**2 + b_qb*(y - y_opt)**2, minimum 0 at (x_opt, y_opt)",
    usage: "The simplest test function for optimizers; a_qb/b_qb is the condition number that slows gradient descent.",
    pros: ["Known minimum and curvature; convex"],
    cons: ["Too easy to tell optimizers apart except by conditioning"],
    range: "[0, inf) (for a_qb, b_qb >= 0)",
    references: ["Nocedal & Wright, Numerical Optimization, chapter 3 (convergence of steepest descent on quadratics)"],
    conventions: ["Axis-aligned: the Hessian is diag(2*a_qb, 2*b_qb)."],
  },
});
