/**
 * The one precedence table of the syntax layer, shared by the parser and both printers so that parentheses
 * are always right. Levels are SymPy's (sympy.printing.precedence): what the printers emit, the parser reads.
 */
import { type Node, coeffAndRest, isNum } from "../node.js";

export const PRECEDENCE = {
  Relational: 35,
  Add: 40,
  Mul: 50,
  /** A leading sign: looser than `*` (`-a*b` is `-(a*b)`) and `**` (`-x**2` is `-(x**2)`). */
  Unary: 45,
  Pow: 60,
  Func: 70,
  Atom: 1000,
} as const;

export type Associativity = "left" | "right" | "none";

export interface OperatorInfo {
  readonly precedence: number;
  readonly associativity: Associativity;
}

/** Binary operators of the text syntax. `^` is a synonym of `**`; relations do not chain. */
export const BINARY_OPERATORS: Readonly<Record<string, OperatorInfo>> = {
  ">": { precedence: PRECEDENCE.Relational, associativity: "none" },
  ">=": { precedence: PRECEDENCE.Relational, associativity: "none" },
  "<": { precedence: PRECEDENCE.Relational, associativity: "none" },
  "<=": { precedence: PRECEDENCE.Relational, associativity: "none" },
  "==": { precedence: PRECEDENCE.Relational, associativity: "none" },
  "!=": { precedence: PRECEDENCE.Relational, associativity: "none" },
  "+": { precedence: PRECEDENCE.Add, associativity: "left" },
  "-": { precedence: PRECEDENCE.Add, associativity: "left" },
  "*": { precedence: PRECEDENCE.Mul, associativity: "left" },
  "/": { precedence: PRECEDENCE.Mul, associativity: "left" },
  "**": { precedence: PRECEDENCE.Pow, associativity: "right" },
  "^": { precedence: PRECEDENCE.Pow, associativity: "right" },
};

/** Binary operators of one precedence level, for the parser function of that level. */
export const operatorsAt = (level: number): ReadonlySet<string> =>
  new Set(Object.entries(BINARY_OPERATORS).filter(([, info]) => info.precedence === level).map(([op]) => op));

/** True for products with a negative coefficient, which print with a leading minus. */
export const hasMinusSign = (n: Node): boolean => (isNum(n) ? n.value < 0 : n.kind === "mul" && coeffAndRest(n)[0].value < 0);

/** Precedence of a node as printed: negative numbers and negated products print at Add level. */
export function precedenceOf(n: Node): number {
  switch (n.kind) {
    case "num": {
      const { q, value } = n.num!;
      if (value < 0) return PRECEDENCE.Add;
      return q > 1 ? PRECEDENCE.Mul : PRECEDENCE.Atom;
    }
    case "add":
      return PRECEDENCE.Add;
    case "mul":
      return hasMinusSign(n) ? PRECEDENCE.Add : PRECEDENCE.Mul;
    case "pow":
      return PRECEDENCE.Pow;
    case "call":
    case "piecewise":
      return PRECEDENCE.Func;
    // SymPy prints Eq and Ne as calls but ranks them at Mul level.
    case "rel":
      return n.name === "==" || n.name === "!=" ? PRECEDENCE.Mul : PRECEDENCE.Relational;
    default:
      return PRECEDENCE.Atom;
  }
}
