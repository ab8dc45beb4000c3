import { describe, expect, it } from "vitest";
import { E, PI, add, call, div, mul, neg, num, piecewise, pow, rat, rel, sqrt, sub, sym, TRUE } from "../../../src/core/node.js";
import { parse, printLatex, printText } from "../../../src/core/syntax/index.js";

const x = sym("x");
const y = sym("y");
const alpha = sym("alpha");
const one = rat(1, 1);
const expNegX = call("exp", [neg(x)]);

describe("printText", () => {
  const cases: [string, ReturnType<typeof sym>][] = [
    ["x*exp(-x)/(1 + exp(-x))**2", div(mul(x, expNegX), pow(add(one, expNegX), rat(2, 1)))],
    ["1/(1 + exp(-x))", div(one, add(one, expNegX))],
    ["x/2", div(x, rat(2, 1))],
    ["3*x/2", mul(rat(3, 2), x)],
    ["-2*x/3", mul(rat(-2, 3), x)],
    ["1/sqrt(x)", div(one, sqrt(x))],
    ["x**(-2)", pow(x, rat(-2, 1))],
    ["(x + 1)**(1/3)", pow(add(x, one), rat(1, 3))],
    ["1 - x", sub(one, x)],
    ["x**2 + x + 1", add(pow(x, rat(2, 1)), x, one)],
    ["0.044715", num(0.044715)],
    ["1e-8", num(1e-8)],
    ["oo", num(Infinity)],
    ["-oo", num(-Infinity)],
    ["nan", num(NaN)],
    ["x - oo", add(x, num(-Infinity))],
    ["1/3", rat(1, 3)],
    ["Max(0, x)", call("Max", [rat(0, 1), x])],
    ["Max(x, 0)", call("Max", [x, rat(0, 1)])],
    ["Heaviside(x, 0)", call("Heaviside", [x, rat(0, 1)])],
    ["Abs(x - y)", call("Abs", [sub(x, y)])],
    ["sigmoid(x)", call("sigmoid", [x])],
    ["Piecewise((x, x > 0), (exp(x) - 1, True))", piecewise([[x, rel(">", x, rat(0, 1))], [sub(call("exp", [x]), one), TRUE]])],
    ["x > 0", rel(">", x, rat(0, 1))],
    ["Eq(x, 0)", rel("==", x, rat(0, 1))],
    ["Ne(x, 0)", rel("!=", x, rat(0, 1))],
    ["2*pi", mul(rat(2, 1), PI)],
    ["E*x", mul(E, x)],
  ];
  for (const [text, node] of cases) {
    it(text, () => {
      expect(printText(node)).toBe(text);
      expect(parse(text)).toBe(node);
    });
  }

  it("is the default printer of nodes", () => {
    expect(`${add(x, one)}`).toBe("x + 1");
    expect(String(mul(rat(2, 1), x))).toBe("2*x");
  });
});

describe("printLatex", () => {
  const cases: [string, string][] = [
    ["Max(0, x)", "\\max\\left(0, x\\right)"],
    ["1/(1 + exp(-x))", "\\frac{1}{1 + e^{-x}}"],
    ["tanh(x)", "\\tanh\\left(x\\right)"],
    ["tanh(x)**2", "\\tanh^{2}\\left(x\\right)"],
    ["Abs(x)**2", "\\left|x\\right|^{2}"],
    ["Max(x, y)**2", "\\max^{2}\\left(x, y\\right)"],
    ["lambd*sigma**2", "\\lambda \\sigma^{2}"],
    ["Heaviside(x, 0)", "\\theta_{0}\\left(x\\right)"],
    ["Piecewise((x, x > 0), (alpha*(exp(x) - 1), True))", "\\begin{cases} x & \\text{for}\\: x > 0 \\\\\\alpha \\left(e^{x} - 1\\right) & \\text{otherwise} \\end{cases}"],
    ["x/2", "\\frac{x}{2}"],
    ["x**2", "x^{2}"],
    ["sqrt(x)", "\\sqrt{x}"],
    ["(x + 1)**(1/3)", "\\sqrt[3]{x + 1}"],
    ["2*x*y", "2 x y"],
    ["0.5*x*(1 + tanh(x))", "0.5 x \\left(\\tanh\\left(x\\right) + 1\\right)"],
    ["2*Rational(1, 2)**x", "2 \\left(\\frac{1}{2}\\right)^{x}"],
    ["x >= 0", "x \\geq 0"],
    ["x <= 0", "x \\leq 0"],
    ["Eq(x, 0)", "x = 0"],
    ["Ne(x, 0)", "x \\neq 0"],
    ["y_pred - y_true", "y_{pred} - y_{true}"],
    ["w1*x", "w_{1} x"],
    ["alpha + lambd + lambda_1 + beta + gamma + delta + theta + sigma + mu + tau + epsilon", "\\alpha + \\beta + \\delta + \\epsilon + \\gamma + \\lambda + \\lambda_{1} + \\mu + \\sigma + \\tau + \\theta"],
    ["pi*E", "e \\pi"],
    ["x + 1e-8", "x + 1 \\cdot 10^{-8}"],
    ["oo", "\\infty"],
    ["x**0.5", "x^{0.5}"],
    ["0.5**x", "{0.5}^{x}"],
  ];
  for (const [text, tex] of cases) {
    it(text, () => {
      expect(printLatex(parse(text))).toBe(tex);
    });
  }

  it("prints greek names directly", () => {
    expect(printLatex(alpha)).toBe("\\alpha");
    expect(printLatex(sym("Gamma"))).toBe("\\Gamma");
  });
});
