/**
 * The max shift that makes sums of exponentials stable (the log-sum-exp trick): with M = max_j g(j),
 * log(Sum(exp(g))) = M + log(Sum(exp(g - M))) and exp(h)/Sum(exp(g)) = exp(h - M)/Sum(exp(g - M)), so that no
 * exponential overflows and the largest term is exactly 1. Applied by the row compiler after the stability rules.
 */
import { type Node, MINUS_ONE, add, call, mapBottomUp, mul, neg, pow } from "../node.js";

const isSumOfExp = (n: Node): boolean => n.kind === "call" && n.name === "Sum" && n.args[0]!.kind === "call" && n.args[0]!.name === "exp";

/** For Sum(exp(g), (j, a, b)): the shift ReduceMax(g, (j, a, b)) and the shifted sum. */
function shifted(sum: Node): { shift: Node; sum: Node } {
  const [body, j, lo, hi] = sum.args as [Node, Node, Node, Node];
  const g = body.args[0]!;
  const shift = call("ReduceMax", [g, j, lo, hi]);
  return { shift, sum: call("Sum", [call("exp", [add(g, neg(shift))]), j, lo, hi]) };
}

export function shiftExponentialSums(root: Node): Node {
  return mapBottomUp(root, (n) => {
    if (n.kind === "call" && n.name === "log" && isSumOfExp(n.args[0]!)) {
      const { shift, sum } = shifted(n.args[0]!);
      return add(shift, call("log", [sum]));
    }
    if (n.kind !== "mul") return n;
    const k = n.args.findIndex((f) => f.kind === "pow" && f.args[1] === MINUS_ONE && isSumOfExp(f.args[0]!));
    const e = n.args.findIndex((f) => f.kind === "call" && f.name === "exp");
    if (k < 0 || e < 0) return n;
    const { shift, sum } = shifted(n.args[k]!.args[0]!);
    const rest = n.args.filter((_, m) => m !== k && m !== e);
    return mul(...rest, call("exp", [add(n.args[e]!.args[0]!, neg(shift))]), pow(sum, MINUS_ONE));
  });
}
