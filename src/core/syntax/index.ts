export { type ParseOptions, parse } from "./parser.js";
export { printText } from "./print-text.js";
export { printLatex } from "./print-latex.js";
export { PRECEDENCE, BINARY_OPERATORS, precedenceOf, type OperatorInfo, type Associativity } from "./precedence.js";
