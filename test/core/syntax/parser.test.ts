import { describe, expect, it } from "vitest";
import { ParseError, UnknownNameError } from "../../../src/core/errors.js";
import { E, FALSE, PI, TRUE, add, call, div, mul, neg, num, piecewise, pow, rat, rel, sub, sym } from "../../../src/core/node.js";
import { parse } from "../../../src/core/syntax/index.js";

const x = sym("x");
const y = sym("y");
const alpha = sym("alpha");

function parseError(text: string): ParseError {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`'${text}' parsed`);
}

function unknownName(text: string, extra?: string[]): UnknownNameError {
  try {
    parse(text, extra ? { extraNames: () => extra } : {});
  } catch (e) {
    if (e instanceof UnknownNameError) return e;
    throw e;
  }
  throw new Error(`'${text}' parsed`);
}

describe("parse", () => {
  it("reads arithmetic with SymPy precedence", () => {
    expect(parse("x**2")).toBe(pow(x, rat(2, 1)));
    expect(parse("x^2")).toBe(pow(x, rat(2, 1)));
    expect(parse("2*x")).toBe(mul(rat(2, 1), x));
    expect(parse("-x")).toBe(neg(x));
    expect(parse("1/(1 + exp(-x))")).toBe(div(rat(1, 1), add(rat(1, 1), call("exp", [neg(x)]))));
    expect(parse("-x**2")).toBe(neg(pow(x, rat(2, 1))));
    expect(parse("2**-x")).toBe(pow(rat(2, 1), neg(x)));
    expect(parse("x**y**2")).toBe(pow(x, pow(y, rat(2, 1))));
    expect(parse("x - y - 1")).toBe(sub(sub(x, y), rat(1, 1)));
    expect(parse("x / y / 2")).toBe(div(div(x, y), rat(2, 1)));
    expect(parse("+x")).toBe(x);
    expect(parse("  x*\ty \n")).toBe(mul(x, y));
  });

  it("reads numbers: integers exact, decimals as floats", () => {
    expect(parse("3")).toBe(rat(3, 1));
    expect(parse("0.044715")).toBe(num(0.044715));
    expect(parse("1e-8")).toBe(num(1e-8));
    expect(parse(".5")).toBe(num(0.5));
    expect(parse("2.")).toBe(rat(2, 1));
    expect(parse("1E+3")).toBe(rat(1000, 1));
    expect(parse("123456789012345678901")).toBe(num(Number("123456789012345678901")));
    expect(parse("Rational(1, 3)")).toBe(rat(1, 3));
    expect(parse("Rational(-2, 4)")).toBe(rat(-1, 2));
    expect(parse("oo")).toBe(num(Infinity));
    expect(parse("-oo")).toBe(num(-Infinity));
    expect(parse("nan")).toBe(num(NaN));
  });

  it("reads names, constants and booleans", () => {
    expect(parse("y_pred")).toBe(sym("y_pred"));
    expect(parse("w1")).toBe(sym("w1"));
    expect(parse("pi")).toBe(PI);
    expect(parse("E")).toBe(E);
    expect(parse("True")).toBe(TRUE);
    expect(parse("False")).toBe(FALSE);
  });

  it("reads calls, aliases, Piecewise and relations", () => {
    expect(parse("Max(0, x)")).toBe(call("Max", [rat(0, 1), x]));
    expect(parse("max(0, x)")).toBe(call("Max", [rat(0, 1), x]));
    expect(parse("min(1, (x + 3)/6)")).toBe(call("Min", [rat(1, 1), div(add(x, rat(3, 1)), rat(6, 1))]));
    expect(parse("abs(x)")).toBe(call("Abs", [x]));
    expect(parse("Heaviside(x, 0)")).toBe(call("Heaviside", [x, rat(0, 1)]));
    expect(parse("Piecewise((x, x > 0), (alpha*(exp(x) - 1), True))")).toBe(
      piecewise([
        [x, rel(">", x, rat(0, 1))],
        [mul(alpha, sub(call("exp", [x]), rat(1, 1))), TRUE],
      ]),
    );
    expect(parse("Eq(x, 0)")).toBe(rel("==", x, rat(0, 1)));
    expect(parse("Ne(x, 0)")).toBe(rel("!=", x, rat(0, 1)));
    for (const op of [">", ">=", "<", "<=", "==", "!="] as const) expect(parse(`x + 1 ${op} 2*y`)).toBe(rel(op, add(x, rat(1, 1)), mul(rat(2, 1), y)));
  });

  it("resolves other names through resolveCall", () => {
    const relu = (a: Parameters<typeof call>[1]) => call("Max", [rat(0, 1), ...a]);
    expect(parse("relu(x)", { resolveCall: (name, args) => (name === "relu" ? relu(args) : undefined) })).toBe(relu([x]));
  });
});

describe("parse errors", () => {
  const cases: [string, number, RegExp][] = [
    ["x $ y", 2, /Unexpected character '\$'/],
    ["x = 1", 2, /use == or Eq/],
    ["x +", 3, /Unexpected end/],
    ["(x + 1", 0, /'\(' is never closed/],
    ["x + 1)", 5, /'\)' without a matching '\('/],
    ["Max(x, )", 7, /Empty argument/],
    ["Max(, x)", 4, /Empty argument/],
    ["x y", 2, /Unexpected name 'y' after a complete expression/],
    ["2 3", 2, /Unexpected number '3'/],
    ["", 0, /Empty formula/],
    ["()", 1, /Expected an expression before '\)'/],
    ["(x, y)", 2, /tuples are only allowed inside Piecewise/],
    ["Piecewise(x, True)", 10, /\(value, condition\) pairs/],
    ["Piecewise((x, x > 0, 1))", 10, /got 3 elements/],
    ["Piecewise()", 0, /at least one/],
    ["Piecewise((x, y))", 0, /condition must be a relation/],
    ["Rational(x, 2)", 0, /Rational takes two integers/],
    ["Rational(1, 0)", 0, /zero denominator/],
    ["x < y < 1", 6, /do not chain/],
    ["tanh(x, y)", 0, /tanh takes 1 argument, got 2/],
    ["Heaviside()", 0, /Heaviside takes 1 to 2 arguments, got 0/],
    ["Eq(x)", 0, /Eq takes 2 arguments/],
    ["x ** * 2", 5, /Unexpected '\*'/],
  ];
  for (const [text, offset, message] of cases) {
    it(`'${text}' fails at ${offset}`, () => {
      const e = parseError(text);
      expect(e.offset).toBe(offset);
      expect(e.message).toMatch(message);
      expect(e.message).toContain(`\n  ${text}\n  ${" ".repeat(offset)}^`);
    });
  }

  it("suggests the closest function names, with a caret line", () => {
    const e = unknownName("1 + tnah(x)");
    expect(e.suggestions).toContain("tanh");
    expect(e.message).toMatch(/Did you mean: .*tanh/);
    expect(e.message).toContain("\n  1 + tnah(x)\n      ^");
    expect(unknownName("rellu(x)", ["relu", "elu"]).suggestions).toContain("relu");
    expect(unknownName("Piecewis((x, True))").suggestions).toContain("Piecewise");
  });
});
