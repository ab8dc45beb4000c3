/**
 * neurogebra: executable mathematical formulas for machine learning. Each formula is at once symbolic
 * (text, LaTeX, derivatives), executable (numbers and typed arrays, compiled and numerically stable) and
 * documented.
 */
export * from "./core/index.js";
export { CATALOG, type CatalogEntry, type Category, type EntryMetadata } from "./catalog/index.js";
export * from "./forge/index.js";
export {
  levenbergMarquardt, createOptimizer, minimize, OPTIMIZERS, type LeastSquaresProblem, type LMOptions, type LMResult, type LMStop,
  type Optimizer, type OptimizerName, type OptimizerOptions, type MinimizeOptions, type MinimizeProblem, type MinimizeResult,
} from "./fit/index.js";
