export { type ParseOptions, parse, MAX_NESTING } from "./parser.js";
export { printText, MAX_PRINT_SIZE } from "./print-text.js";
export { printLatex } from "./print-latex.js";
export { PRECEDENCE, BINARY_OPERATORS, precedenceOf, type OperatorInfo, type Associativity } from "./precedence.js";
