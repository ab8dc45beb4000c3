import { regularizer } from "../entry.js";

export default regularizer({
  name: "mcp",
  formula: "Piecewise((lambda_reg*Abs(w) - w**2/(2*gamma_mcp), Abs(w) <= gamma_mcp*lambda_reg), (gamma_mcp*lambda_reg**2/2, True))",
  variables: ["w"],
  params: { gamma_mcp: 3, lambda_reg: 0.01 },
  // Zhang's rho'(w): lambda - |w|/gamma falling to 0 at gamma*lambda.
  derivatives: { w: "Piecewise((lambda_reg*sign(w) - w/gamma_mcp, Abs(w) <= gamma_mcp*lambda_reg), (0, True))" },
  domains: {
    gamma_mcp: { min: 1, max: Infinity, what: "a concavity parameter gamma >= 1" },
    lambda_reg: { min: 0, max: Infinity, what: "a non-negative strength" },
  },
  metadata: {
    description: "Minimax concave penalty (MCP): lambda*|w| - w**2/(2*gamma) up to gamma*lambda, the constant gamma*lambda**2/2 beyond",
    usage: "High-dimensional variable selection: the least concave penalty that is unbiased for large coefficients.",
    pros: ["Continuously differentiable away from 0", "Unbiased beyond gamma*lambda, sparse; minimax concavity"],
    cons: ["Non-convex", "A second hyperparameter gamma"],
    range: "[0, gamma*lambda**2/2]",
    aliases: ["minimax_concave_penalty"],
    references: ["Zhang, Nearly unbiased variable selection under minimax concave penalty, Ann. Statist. 2010", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "The derivative is Zhang's (lambda - |w|/gamma)_+ * sign(w); it is continuous except at w = 0, where it is 0 (sign(0) = 0; the subdifferential is [-lambda, lambda]).",
      "The thresholding it induces for gamma > 1 (firm thresholding, the minimiser of (z - w)**2/2 + mcp(w)): sign(z)*max(|z| - lambda, 0)/(1 - 1/gamma) for |z| <= gamma*lambda, z beyond.",
      "Neurogebra's parameter name gamma_mcp and defaults (lambda_reg = 0.01, gamma_mcp = 3).",
    ],
  },
});
