/**
 * Property-based fuzzing of the whole core on random formula text: a grammar of numbers (subnormals, 1e308,
 * ±oo), symbols (Object.prototype names among them), + - * / **, unary minus, the engine's functions, Max/Min,
 * Piecewise and relations. 1,000 cases per property (5,000 in all) run in `npm test` with the
 * fixed seed of test/support/fast-check-seed.ts;
 * FUZZ_SEED=random FUZZ_RUNS=100000 runs a longer campaign on new cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  NeurogebraError, type Node, compile, diff, evaluate, expand, freeSymbols, functionNames, functionRecord, parse, printLatex, printText,
  simplify,
} from "../../src/core/index.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** A long campaign gets the time it needs (about 1 ms per case on a loaded 2-core machine, with margin). */
const TIMEOUT = Math.max(60_000, RUNS * 3);
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

const SYMBOLS = ["x", "y", "constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
/** Functions that rounding or branch cuts do not make discontinuous, for the derivative property. */
const SMOOTH = ["exp", "tanh", "sin", "cos", "atan", "sigmoid", "softplus", "erf", "erfc", "asinh", "sinh", "cosh", "dsigmoid"];
/** Index notation works on arrays along an axis (test/core/indexed.test.ts, rows-parity.test.ts), not on scalars. */
const ARRAY_ONLY = ["Indexed", "Sum", "ReduceMax", "MaxShift", "SumExpBelowMax", "SparsemaxThreshold", "Quantile", "QuantileWeight"];
/** Every other function of the engine, by name or alias. */
const OTHER = functionNames().filter((f) => !SMOOTH.includes(f) && !ARRAY_ONLY.includes(f));
const RELATIONS = [">", ">=", "<", "<=", "==", "!="];

const wideNumber = fc.oneof(
  fc.integer({ min: -9, max: 9 }).map(String),
  fc.constantFrom("1/3", "5e-324", "2.2e-308", "1e308", "-1e308", "oo", "-oo", "0.5", "1e-10", "710", "-0.0"),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v < 0 ? `(${v})` : String(v))),
);
const modestNumber = fc.oneof(fc.integer({ min: -5, max: 5 }).map(String), fc.constantFrom("1/2", "2/3", "0.25", "1.5", "-0.75"));

/** Formula text from the grammar; `smooth` keeps to operations differentiable everywhere. */
function formula(numbers: fc.Arbitrary<string>, smooth: boolean): fc.Arbitrary<string> {
  const { text } = fc.letrec<{ text: string }>((tie) => {
    const t = tie("text");
    const functions = smooth ? SMOOTH : [...SMOOTH, ...OTHER];
    return {
      text: fc.oneof(
        { depthSize: "small", maxDepth: 5 },
        numbers,
        fc.constantFrom(...SYMBOLS),
        fc.tuple(t, fc.constantFrom("+", "-", "*", ...(smooth ? [] : ["/"])), t).map(([a, op, b]) => `(${a}) ${op} (${b})`),
        fc.tuple(t, fc.constantFrom("2", "3", "-1", "1/2", ...(smooth ? [] : ["-2", "(x)", "(-1/2)"]))).map(([a, e]) => `(${a})**${e}`),
        t.map((a) => `-(${a})`),
        fc.tuple(fc.constantFrom(...functions), t, t).map(([f, a, b]) => {
          const record = functionRecord(f)!;
          return record.minArgs >= 2 || (record.maxArgs > 1 && b.length % 2 === 0) ? `${f}(${a}, ${b})` : `${f}(${a})`;
        }),
        ...(smooth
          ? []
          : [
              fc.tuple(t, t, t, t, fc.constantFrom(...RELATIONS)).map(([a, b, c, d, op]) => `Piecewise((${a}, (${c}) ${op} (${d})), (${b}, True))`),
              fc.tuple(t, t, fc.constantFrom(...RELATIONS)).map(([a, b, op]) => `(${a}) ${op} (${b})`),
            ]),
      ),
    };
  });
  return text;
}

const point = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 1e-300, -1e-300, 1e300, -1e300, Infinity, -Infinity, NaN, 5e-324, 710, -710),
);
const points = fc.array(point, { minLength: SYMBOLS.length, maxLength: SYMBOLS.length });

/** Runs `f`; any exception that is not one of the library's typed errors fails the test. */
function typed<T>(what: string, f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof NeurogebraError) return undefined;
    throw new Error(`${what} threw ${(e as Error).name}: ${(e as Error).message}`, { cause: e });
  }
}

/** True when every subexpression of `e` has a finite value at `scope`. */
function everyPartFinite(e: Node, scope: ReadonlyMap<string, number>): boolean {
  const parts = new Set<Node>();
  const visit = (n: Node) => {
    if (parts.has(n)) return;
    parts.add(n);
    n.args.forEach(visit);
  };
  visit(e);
  return [...parts].every((n) => Number.isFinite(evaluate(n, scope)));
}

/** A parsed formula, or undefined for text the library refuses with a typed error. */
const parsed = (text: string): Node | undefined => typed(`parse(${text})`, () => parse(text));

/** Moderate inputs for value comparisons: no subnormals, where an underflow in one form is not a bug of the other. */
const moderatePoints = fc.array(
  fc.double({ min: -2, max: 2, noNaN: true }).map((v) => (Math.abs(v) < 1e-6 ? 0 : v)),
  { minLength: SYMBOLS.length, maxLength: SYMBOLS.length },
);

const env = (values: number[]) => new Map(SYMBOLS.map((s, i) => [s, values[i]!]));

describe("fuzz: random formulas", () => {
  it("print and re-parse give the same tree; LaTeX prints; only typed errors", () => {
    fc.assert(
      fc.property(formula(wideNumber, false), (text) => {
        const e = parsed(text);
        if (!e) return;
        const printed = printText(e);
        expect(parse(printed), `${text} printed as ${printed}`).toBe(e);
        typed(`printLatex(${text})`, () => printLatex(e));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("compiled code equals the interpreter to the bit", () => {
    fc.assert(
      fc.property(formula(wideNumber, false), points, (text, values) => {
        const e = parsed(text);
        if (!e || e.kind === "rel") return;
        const inputs = freeSymbols(e);
        const f = typed(`compile(${text})`, () => compile(e, { inputs, stable: false }));
        if (!f) return;
        const scope = env(values);
        const got = f(...inputs.map((s) => scope.get(s)!));
        const want = evaluate(e, scope);
        expect(same(got, want), `${text} at ${JSON.stringify([...scope])}: compiled ${got}, interpreted ${want}`).toBe(true);
        const stable = typed(`stable compile(${text})`, () => compile(e, { inputs }));
        if (stable) expect(same(stable(...inputs.map((s) => scope.get(s)!)), evaluate(stable.node, scope))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("derivatives, simplify and expand never throw anything but typed errors", () => {
    fc.assert(
      fc.property(formula(wideNumber, false), fc.constantFrom(...SYMBOLS), (text, variable) => {
        const e = parsed(text);
        if (!e) return;
        const d = typed(`diff(${text}, ${variable})`, () => diff(e, variable));
        if (d) typed(`compile(diff(${text}))`, () => compile(d, { inputs: freeSymbols(d) }));
        typed(`simplify(${text})`, () => simplify(e));
        typed(`expand(${text})`, () => expand(e));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("the derivative agrees with finite differences where the function is smooth", () => {
    fc.assert(
      fc.property(formula(modestNumber, true), moderatePoints, (text, values) => {
        const e = parsed(text);
        if (!e) return;
        const d = typed(`diff(${text})`, () => diff(e, "x"));
        if (!d) return;
        const scope = env(values);
        const at = (x: number) => evaluate(e, new Map([...scope, ["x", x]]));
        const x = scope.get("x")!;
        const fd = (h: number) => (at(x + h) - at(x - h)) / (2 * h);
        const h = 1e-4 * Math.max(1, Math.abs(x));
        const [coarse, fine] = [fd(h), fd(h / 2)];
        // Only where the function is finite and the two difference quotients agree (no pole, kink or overflow
        // nearby) is the check meaningful.
        // A part that is infinite at x (1/x at 0) is a pole, even where the whole has a finite limit.
        if (!everyPartFinite(e, scope) || !Number.isFinite(coarse) || !Number.isFinite(fine) || Math.abs(coarse - fine) > 1e-5 * Math.max(1, Math.abs(fine))) return;
        const exact = evaluate(d, scope);
        expect(Math.abs(exact - fine), `d/dx ${text} at ${JSON.stringify([...scope])}: ${d}`).toBeLessThanOrEqual(1e-3 * Math.max(1, Math.abs(fine)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("simplify and expand keep the value", () => {
    fc.assert(
      fc.property(formula(modestNumber, false), moderatePoints, (text, values) => {
        const e = parsed(text);
        if (!e || e.kind === "rel") return;
        const scope = env(values);
        const want = evaluate(e, scope);
        // Identities hold for real numbers: where a part is infinite or NaN (a division by zero inside a
        // condition), IEEE arithmetic does not follow them (a/0 + b/0 is NaN when (a + b)/0 is Infinity).
        if (!Number.isFinite(want) || Math.abs(want) > 1e6 || !everyPartFinite(e, scope)) return;
        for (const [name, op] of [["simplify", simplify], ["expand", expand]] as const) {
          const r = typed(`${name}(${text})`, () => op(e));
          if (!r) continue;
          const got = evaluate(r, scope);
          // Rewriting may only extend the domain (x/x -> 1), never change a finite value beyond rounding.
          expect(Math.abs(got - want), `${name}(${text}) = ${r} at ${JSON.stringify([...scope])}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
