/**
 * neurogebra/plot: charts of expressions and their derivatives as Vega-Lite specs (`plot`) and SVG (`plotSvg`),
 * for notebooks, web pages and files. A front end on top of forge, like the CLI.
 */
export { plot, type PlotOptions, type PlotRow } from "./spec.js";
export { plotSvg, toSvg } from "./svg.js";
export { MissingPackageError, loadOptional } from "./optional.js";
