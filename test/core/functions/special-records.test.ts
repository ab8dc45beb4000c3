import { describe, expect, it } from "vitest";
import { ArgumentError, NotDifferentiableError, ParseError, call, compile, diff, num, parse, printLatex, printText, rat, sym } from "../../../src/core/index.js";

describe("special function records", () => {
  it.each([
    ["gamma(1)", "1"],
    ["gamma(5)", "24"],
    ["gamma(1/2)", "sqrt(pi)"],
    ["gamma(7/2)", "15*sqrt(pi)/8"],
    ["gamma(0)", "gamma(0)"],
    ["loggamma(1)", "0"],
    ["loggamma(2)", "0"],
    ["loggamma(4)", "log(6)"],
    ["digamma(x)", "polygamma(0, x)"],
    ["trigamma(x)", "polygamma(1, x)"],
    ["beta(1, 1)", "1"],
    ["beta(2, 3)", "1/12"],
    ["atan2(0, 2)", "0"],
    ["cbrt(27)", "3"],
    ["cbrt(-8)", "-2"],
    ["cbrt(-x)", "-cbrt(x)"],
    ["sinc(0)", "1"],
    ["sinc(-x)", "sinc(x)"],
    ["sec(0)", "1"],
    ["sec(-x)", "sec(x)"],
    ["csc(-x)", "-csc(x)"],
    ["cot(0)", "cot(0)"],
    ["sech(0)", "1"],
    ["coth(-x)", "-coth(x)"],
    ["erfinv(0)", "0"],
    ["erfinv(-x)", "-erfinv(x)"],
    ["erfcinv(1)", "0"],
    ["lowergamma(1, x)", "1 - exp(-x)"],
    ["lowergamma(s, 0)", "0"],
    ["uppergamma(1, x)", "exp(-x)"],
    ["uppergamma(s, 0)", "gamma(s)"],
    ["gammainc(s, 0)", "0"],
    ["gammaincc(s, 0)", "1"],
  ])("evaluates %s to %s", (source, expected) => {
    expect(printText(parse(source))).toBe(expected);
  });

  it.each([
    ["gamma(x)", "\\Gamma\\left(x\\right)"],
    ["polygamma(0, x)", "\\psi\\left(x\\right)"],
    ["polygamma(2, x)", "\\psi^{\\left(2\\right)}\\left(x\\right)"],
    ["beta(a, b)", "\\operatorname{B}\\left(a, b\\right)"],
    ["cbrt(x)", "\\sqrt[3]{x}"],
    ["lowergamma(s, x)/gamma(s)", "\\frac{\\gamma\\left(s, x\\right)}{\\Gamma\\left(s\\right)}"],
    ["gammainc(s, x)", "P\\left(s, x\\right)"],
  ])("prints %s in LaTeX as %s", (source, latex) => {
    expect(printLatex(parse(source))).toBe(latex);
  });

  it("declares SymPy's partials", () => {
    const d = (source: string, v: string) => printText(diff(parse(source), v));
    expect(d("gamma(x)", "x")).toBe("gamma(x)*polygamma(0, x)");
    expect(d("loggamma(x)", "x")).toBe("polygamma(0, x)");
    expect(d("polygamma(n, x)", "x")).toBe("polygamma(n + 1, x)");
    expect(d("beta(a, b)", "a")).toBe("(polygamma(0, a) - polygamma(0, a + b))*beta(a, b)");
    expect(d("atan2(y, x)", "x")).toBe("-y/(x**2 + y**2)");
    expect(d("erfinv(x)", "x")).toBe("sqrt(pi)*exp(erfinv(x)**2)/2");
    expect(d("lowergamma(s, x)", "x")).toBe("x**(s - 1)*exp(-x)");
    expect(d("sec(x)", "x")).toBe("tan(x)*sec(x)");
  });

  it.each([
    ["polygamma(n, x)", "n", "polygamma", "n"],
    ["polygamma(2*x, x)", "x", "polygamma", "n"],
    ["lowergamma(s, x)", "s", "lowergamma", "s"],
    ["uppergamma(s, x)", "s", "uppergamma", "s"],
    ["gammainc(s**2, x)", "s", "gammainc", "s"],
    ["lowergamma(s, x)/gamma(s)", "s", "lowergamma", "s"],
  ])("differentiating %s in %s is a NotDifferentiableError naming %s and %s", (source, variable, name, argument) => {
    const attempt = () => diff(parse(source), variable);
    expect(attempt).toThrow(NotDifferentiableError);
    expect(attempt).toThrow(new RegExp(`^${name} has no closed-form partial derivative with respect to its argument '${argument}'`));
    try {
      attempt();
    } catch (e) {
      expect((e as NotDifferentiableError).code).toBe("NOT_DIFFERENTIABLE");
      expect((e as NotDifferentiableError).functionName).toBe(name);
      expect((e as NotDifferentiableError).argument).toBe(argument);
    }
  });

  it("refuses a polygamma order that is a number but not a non-negative integer, naming it", () => {
    expect(() => call("polygamma", [rat(1, 2), sym("x")])).toThrow(ArgumentError);
    expect(() => call("polygamma", [rat(-1, 1), sym("x")])).toThrow(/order n must be a non-negative integer, got -1/);
    expect(() => call("polygamma", [num(1.5), sym("x")])).toThrow(/got 1.5/);
    expect(() => parse("polygamma(1/2, x)")).toThrow(ParseError);
    expect(() => parse("polygamma(1/2, x)")).toThrow(/got 1\/2/);
    expect(printText(parse("polygamma(2.0, x)"))).toBe("polygamma(2, x)");
  });

  it("compiles SymPy's regularized quotient to the regularized kernel, finite where both gammas overflow", () => {
    const f = compile(parse("lowergamma(s, x)/gamma(s)"), { inputs: ["s", "x"] });
    expect(printText(f.node)).toBe("gammainc(s, x)");
    expect(f(400, 400)).toBeGreaterThan(0.49);
    expect(f(400, 400)).toBeLessThan(0.52);
    expect(printText(compile(parse("1 - gammainc(s, x)"), { inputs: ["s", "x"] }).node)).toBe("gammaincc(s, x)");
  });
});
