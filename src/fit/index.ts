/**
 * Numeric optimisers over Float64Arrays: Levenberg–Marquardt for least squares (residuals and Jacobian from the
 * caller) and the dense linear algebra it needs. Nothing here knows what a formula is; src/forge/fit.ts
 * connects them to Expression.
 */
export { levenbergMarquardt, LM_STOP_MESSAGES, type LeastSquaresProblem, type LMOptions, type LMResult, type LMStop } from "./lm.js";
export { inverseNormalMatrix } from "./linalg.js";
