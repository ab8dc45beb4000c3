/** Splits formula text into tokens, each with its character offset for error messages. */
import { ParseError } from "../errors.js";

export type TokenKind = "number" | "name" | "op" | "(" | ")" | "[" | "]" | "," | "end";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly offset: number;
}

// Longest first, so that `**` wins over `*` and `>=` over `>`.
const OPERATORS = ["**", ">=", "<=", "==", "!=", "+", "-", "*", "/", "^", ">", "<"];
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === "[" || ch === "]" || ch === ",") {
      tokens.push({ kind: ch, text: ch, offset: i });
      i++;
      continue;
    }
    const match = (re: RegExp) => {
      re.lastIndex = i;
      return re.exec(text)?.[0];
    };
    const number = /[\d.]/.test(ch) ? match(NUMBER) : undefined;
    const word = number === undefined ? match(NAME) : undefined;
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    const [kind, value]: [TokenKind, string | undefined] = number !== undefined ? ["number", number] : word !== undefined ? ["name", word] : ["op", op];
    if (value === undefined) {
      const hint = ch === "=" ? " (use == or Eq(a, b) for equality)" : "";
      throw new ParseError(`Unexpected character '${ch}'${hint}`, text, i);
    }
    tokens.push({ kind, text: value, offset: i });
    i += value.length;
  }
  tokens.push({ kind: "end", text: "", offset: text.length });
  return tokens;
}
