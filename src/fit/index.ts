/**
 * Numeric optimisers over Float64Arrays: Levenberg–Marquardt for least squares (residuals and Jacobian from the
 * caller), the dense linear algebra it needs, and first-order optimisers with torch.optim's update rules and
 * their training loop. Nothing here knows what a formula is; src/forge/fit.ts connects them to Expression.
 */
export { levenbergMarquardt, defaultMaxEvaluations, LM_STOP_MESSAGES, type LeastSquaresProblem, type LMOptions, type LMResult, type LMStop } from "./lm.js";
export { inverseNormalMatrix } from "./linalg.js";
export { createOptimizer, OPTIMIZERS, type Optimizer, type OptimizerName, type OptimizerOptions } from "./optimizers.js";
export { minimize, DEFAULT_MAX_STEPS, MINIMIZE_STOP_MESSAGES, type MinimizeOptions, type MinimizeProblem, type MinimizeResult, type MinimizeStop } from "./minimize.js";
