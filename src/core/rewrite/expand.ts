/**
 * `expand`: products distributed over sums and positive integer powers of sums multiplied out (binomial and
 * multinomial theorem), bottom-up in one pass, as SymPy's expand_mul and expand_multinomial. The work is
 * proportional to the number of terms produced; an expansion beyond MAX_EXPANDED_TERMS terms, or whose
 * coefficients leave the double range, is refused with a LimitError rather than returned half done.
 */
import { LimitError } from "../errors.js";
import { type Node, ONE, add, isNum, mapBottomUp, mul, numNode, pow, rat } from "../node.js";
import { type Num, isInteger, numMul, rational } from "../number.js";

/** Most terms one expansion may produce. */
export const MAX_EXPANDED_TERMS = 50_000;

const termsOf = (n: Node): readonly Node[] => (n.kind === "add" ? n.args : [n]);

function checkTerms(count: number, what: string): void {
  if (count > MAX_EXPANDED_TERMS) {
    throw new LimitError("expansion", `Expanding ${what} would give about ${count.toPrecision(3)} terms, more than the limit of ${MAX_EXPANDED_TERMS} (see README, "Limits").`);
  }
}

/** The product of the factors, each sum among them multiplied out. */
function expandProduct(factors: readonly Node[]): Node {
  const sums = factors.filter((f) => f.kind === "add");
  if (sums.length === 0) return mul(...factors);
  checkTerms(
    sums.reduce((c, s) => c * s.args.length, 1),
    `a product of ${sums.length} sums`,
  );
  let terms: readonly Node[] = [mul(...factors.filter((f) => f.kind !== "add"))];
  for (const s of sums) terms = termsOf(add(...terms.flatMap((t) => s.args.map((a) => product(t, a)))));
  return add(...terms);
}

/** t*a, expanded again when the product of two terms merged into a sum, as sqrt(x + 1)*sqrt(x + 1) does. */
function product(t: Node, a: Node): Node {
  const p = mul(t, a);
  return p.kind === "mul" && p.args.some((f) => f.kind === "add") ? expandProduct(p.args) : p;
}

/** C(n + k - 1, k - 1): the number of terms of a k-term sum to the n-th power, as a double. */
function multinomialTerms(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i < k; i++) c = (c * (n + i)) / i;
  return c;
}

/** (t1 + ... + tk)**n for an integer n >= 2, by the binomial theorem on the first term and the rest. */
function expandPower(sum: Node, n: number): Node {
  const what = `a sum of ${sum.args.length} terms to the power ${n}`;
  checkTerms(multinomialTerms(n, sum.args.length), what);
  const power = (terms: readonly Node[], m: number): Node[] => {
    if (m === 0) return [ONE];
    if (terms.length === 1) return [pow(terms[0]!, rat(m, 1))];
    const [first, ...rest] = terms as [Node, ...Node[]];
    // Powers of the rest, 0..m, built one multiplication at a time.
    const restPowers: Node[][] = [[ONE]];
    for (let j = 1; j <= m; j++) restPowers.push(rest.length === 1 ? [pow(rest[0]!, rat(j, 1))] : [...termsOf(expandProduct([add(...restPowers[j - 1]!), add(...rest)]))]);
    const out: Node[] = [];
    let binomial: Num = rational(1, 1);
    for (let i = 0; i <= m; i++) {
      if (i > 0) binomial = numMul(binomial, rational(m - i + 1, i));
      if (!Number.isFinite(binomial.value)) {
        throw new LimitError("expansion", `Expanding ${what} needs the coefficient C(${m}, ${i}), beyond the largest double (see README, "Limits").`);
      }
      const lead = mul(numNode(binomial), pow(first, rat(i, 1)));
      for (const t of restPowers[m - i]!) out.push(mul(lead, t));
    }
    return out;
  };
  return add(...power(sum.args, n));
}

function expandNode(n: Node): Node {
  if (n.kind === "mul") return expandProduct(n.args);
  if (n.kind === "pow") {
    const [base, e] = n.args as [Node, Node];
    if (base.kind === "add" && isNum(e) && isInteger(e.num) && e.value >= 2) return expandPower(base, e.value);
  }
  return n;
}

export const expand = (node: Node): Node => mapBottomUp(node, expandNode);
