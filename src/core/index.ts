/**
 * The symbolic core: nodes, functions, parser, printers, derivative, rewrites and compiler. It knows nothing
 * of machine learning; the catalog and forge layers build on it.
 */
export * from "./errors.js";
export {
  Node, type Kind, type RelOp, MAX_DEPTH, num, rat, sym, add, mul, pow, neg, sub, div, sqrt, call, rel, piecewise, branches,
  isIdentifier, TRUE, FALSE, ZERO, ONE, PI, E, freeSymbols, substitute, mapBottomUp, countOps, CONSTANTS,
} from "./node.js";
export { defineFunction, functionRecord, functionNames, type FunctionRecord } from "./functions/index.js";
export { parse, printText, printLatex, type ParseOptions, MAX_NESTING, MAX_PRINT_SIZE } from "./syntax/index.js";
export { diff, diffN } from "./diff/diff.js";
export { simplify, expand, stabilize, MAX_EXPANDED_TERMS } from "./rewrite/index.js";
export { evaluate } from "./compile/interpret.js";
export { compile, compileCount, codeGenerationAllowed, MAX_CACHED_FUNCTIONS, WASM_MIN_LENGTH, type Backend, type CompiledFunction, type CompileOptions, type ArrayInput, type MapOptions } from "./compile/compile.js";
export { wasmSimdAvailable } from "./compile/wasm.js";
export { installWorkerHost, checkThreads, shutdownThreads, threadPoolSize, THREADS_MIN_LENGTH, MAX_AUTO_THREADS, MAX_THREADS, type Threads, type WorkerHost, type WorkerHandle } from "./compile/threads.js";
export { Tensor, type Dtype, DTYPES, checkDtype, type NestedArray, type ShapedInput, toShapedInput, broadcastShapes, layOut, shapeOf, formatShape } from "./tensor.js";
export { compileRows, usesIndexNotation, type RowFunction, type RowCompileOptions, type InputRole } from "./compile/rows.js";
export { shiftExponentialSums } from "./rewrite/shift.js";
export { evaluateRow, type RowEnv, type RowOptions } from "./compile/interpret-rows.js";
export { boundIndices } from "./functions/indexed.js";
export { toCode, exportCode, EXPORT_TARGETS, gradientName, type ExportTargetName, type ExportSource, type ExportOptions, type RowLayout, type ToCodeOptions } from "./export/index.js";
