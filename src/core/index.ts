/**
 * The symbolic core: nodes, functions, parser, printers, derivative, rewrites and compiler. It knows nothing
 * of machine learning; the catalog and forge layers build on it.
 */
export * from "./errors.js";
export {
  Node, type Kind, type RelOp, num, rat, sym, add, mul, pow, neg, sub, div, sqrt, call, rel, piecewise, branches,
  TRUE, FALSE, ZERO, ONE, PI, E, freeSymbols, substitute, mapBottomUp, countOps, CONSTANTS,
} from "./node.js";
export { defineFunction, functionRecord, functionNames, type FunctionRecord } from "./functions/index.js";
export { parse, printText, printLatex, type ParseOptions } from "./syntax/index.js";
export { diff, diffN } from "./diff/diff.js";
export { simplify, expand, stabilize } from "./rewrite/index.js";
export { evaluate } from "./compile/interpret.js";
export { compile, compileCount, codeGenerationAllowed, type CompiledFunction, type CompileOptions, type ArrayInput } from "./compile/compile.js";
