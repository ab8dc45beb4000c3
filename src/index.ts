/**
 * neurogebra: executable mathematical formulas for machine learning. Each formula is at once symbolic
 * (text, LaTeX, derivatives), executable (numbers and typed arrays, compiled and numerically stable) and
 * documented.
 */
export * from "./core/index.js";
export { CATALOG, type CatalogEntry, type Category, type EntryMetadata } from "./catalog/index.js";
export * from "./forge/index.js";
export { levenbergMarquardt, type LeastSquaresProblem, type LMOptions, type LMResult, type LMStop } from "./fit/index.js";
