export { Expression, type ExpressionOptions, type EvalArgs, type EvalOptions, type EvalValue, type NestedNumbers, type OutputKind, type ExplainLevel, type Metadata, type Domain, EXPLAIN_LEVELS } from "./expression.js";
export type { EvalResult } from "./evaluate.js";
export { MathForge, type GetOptions, type CompareOptions, TUTORIAL_ACTIVATIONS, formatValue } from "./forge.js";
export { compensatedMean, compensatedSum, type Reduction } from "./reduce.js";
export { FitError, FIT_METHODS, type FitInputs, type FitMethod, type FitOptions, type FitResult, type FitState } from "./fit.js";
