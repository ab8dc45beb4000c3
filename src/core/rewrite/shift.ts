/**
 * The max shift that makes sums of exponentials stable (the log-sum-exp trick): with M = max_j g(j),
 * log(Sum(exp(g))) = M + log1p(Sum(exp(g - M)) - 1) (the - 1 taken exactly, see SumExpBelowMax) and exp(h)/Sum(exp(g)) = exp(h - M)/Sum(exp(g - M)) (also for
 * powers of the sum, as in a Jacobian), so that no exponential overflows and the largest term is exactly 1.
 * Sparsemax's threshold gets the same shift, tau(g) = M + tau(g - M): then x[i] - tau is computed as
 * (x[i] - M) - tau(g - M), exact near the maximum, where x[i] - tau would carry the rounding of a tau of
 * about 1e4 (sparsemax([-1e4, -1e4, -1e4]) is 1/3 to the last bit, not 1/3 + 2e-12).
 * Applied by the row compiler after the stability rules.
 */
import { type Node, add, call, mapBottomUp, mul, neg, pow, rat } from "../node.js";

const isSumOfExp = (n: Node): boolean => n.kind === "call" && n.name === "Sum" && n.args[0]!.kind === "call" && n.args[0]!.name === "exp";

/** For Sum(exp(g), (j, a, b)): the shift MaxShift(g, (j, a, b)) and the shifted sum. */
function shifted(sum: Node): { shift: Node; sum: Node } {
  const [body, j, lo, hi] = sum.args as [Node, Node, Node, Node];
  const g = body.args[0]!;
  const shift = call("MaxShift", [g, j, lo, hi]);
  return { shift, sum: call("Sum", [call("exp", [add(g, neg(shift))]), j, lo, hi]) };
}

/** The exponent -m of a factor S**-m with S a Sum of exponentials and m a positive integer, else 0. */
function sumPower(f: Node): number {
  if (f.kind !== "pow" || !isSumOfExp(f.args[0]!) || f.args[1]!.kind !== "num") return 0;
  const m = -f.args[1]!.value;
  return Number.isInteger(m) && m > 0 ? m : 0;
}

/**
 * exp(h1)*...*exp(hp)*S**-m: each of the first m exponentials (the last one taking the remainder) is divided
 * by exp(M), and S by exp(M), so that the product is unchanged and nothing overflows. A sum in such a product
 * is distributed first, so that each term gets the shift (simplify writes a Jacobian over one denominator).
 */
function shiftProduct(n: Node): Node {
  const k = n.args.findIndex((f) => sumPower(f) > 0);
  if (k < 0) return n;
  const spread = n.args.findIndex((f) => f.kind === "add");
  if (spread >= 0) {
    const rest = n.args.filter((_, m) => m !== spread);
    return add(...n.args[spread]!.args.map((t) => {
      const term = mul(t, ...rest);
      return term.kind === "mul" ? shiftProduct(term) : term;
    }));
  }
  const exps = n.args.map((f, m) => (f.kind === "call" && f.name === "exp" ? m : -1)).filter((m) => m >= 0);
  if (exps.length === 0) return n;
  const power = sumPower(n.args[k]!);
  const { shift, sum } = shifted(n.args[k]!.args[0]!);
  const shares = new Map<number, number>();
  for (let t = 0; t < power; t++) {
    const m = exps[Math.min(t, exps.length - 1)]!;
    shares.set(m, (shares.get(m) ?? 0) + 1);
  }
  const factors = n.args.map((f, m) => {
    if (m === k) return pow(sum, rat(-power, 1));
    const share = shares.get(m);
    return share ? call("exp", [add(f.args[0]!, mul(rat(-share, 1), shift))]) : f;
  });
  return mul(...factors);
}

/** MaxShift(...) or a multiple of it: the shift of an exponential sum or of sparsemax's threshold. */
const isShift = (n: Node): boolean => (n.kind === "call" && n.name === "MaxShift") || (n.kind === "mul" && n.args.length === 2 && n.args[0]!.kind === "num" && isShift(n.args[1]!));

/**
 * The order in which to add the terms of a sum with a max shift, or undefined for a sum without one: the
 * terms that vary at the sum's own loop level first, then the shift, then the rest. x - M is exact near the
 * maximum, so log_softmax's x - M - log1p(s) keeps the small s (canonical order would not). The row compiler
 * and the interpreter add in this order, left to right.
 */
export function shiftFirst(sum: Node, variesHere: (term: Node) => boolean): Node[] | undefined {
  if (sum.kind !== "add" || !sum.args.some(isShift)) return undefined;
  const varying = sum.args.filter((a) => !isShift(a) && variesHere(a));
  return [...varying, ...sum.args.filter(isShift), ...sum.args.filter((a) => !isShift(a) && !varying.includes(a))];
}

export function shiftExponentialSums(root: Node): Node {
  return mapBottomUp(root, (n) => {
    if (n.kind === "call" && n.name === "log" && isSumOfExp(n.args[0]!)) {
      const [body, j, lo, hi] = n.args[0]!.args as [Node, Node, Node, Node];
      const g = body.args[0]!;
      return add(call("MaxShift", [g, j, lo, hi]), call("log1p", [call("SumExpBelowMax", [g, j, lo, hi])]));
    }
    if (n.kind === "call" && n.name === "SparsemaxThreshold") {
      const [g, j, lo, hi] = n.args as [Node, Node, Node, Node];
      const shift = call("MaxShift", [g, j, lo, hi]);
      return add(shift, call("SparsemaxThreshold", [add(g, neg(shift)), j, lo, hi]));
    }
    return n.kind === "mul" ? shiftProduct(n) : n;
  });
}
