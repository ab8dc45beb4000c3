import { regularizer } from "../entry.js";

export default regularizer({
  name: "kl_divergence_reg",
  // Each term is q*phi((p - q)/q) (and its mirror in 1 - p, 1 - q) with phi(d) = (1 + d)*log1p(d) - d >= 0.
  formula:
    "lambda_reg*(Piecewise((q, p <= 0), (oo, q <= 0), (p*(log(p) - log(q)) + q - p, p < q/2), (p*(log(p) - log(q)) + q - p, p > 2*q), (p*log1pmx((p - q)/q) + (p - q)**2/q, True))" +
    " + Piecewise((1 - q, p >= 1), (oo, q >= 1), ((1 - p)*(log(1 - p) - log(1 - q)) + p - q, 1 - p < (1 - q)/2), ((1 - p)*(log(1 - p) - log(1 - q)) + p - q, 1 - p > 2*(1 - q)), ((1 - p)*log1pmx((q - p)/(1 - q)) + (q - p)**2/(1 - q), True)))",
  // Hand-written: the derived ones are simplified into forms that cancel near p = q (p/q - 1 for (p - q)/q, and
  // the q-derivative expanded into a polynomial over (1 - q)**2*(p - 1)).
  derivatives: {
    p:
      "lambda_reg*(Piecewise((0, p <= 0), (0, q <= 0), (log(p) - log(q), p < q/2), (log(p) - log(q), p > 2*q), (log1p((p - q)/q), True))" +
      " - Piecewise((0, p >= 1), (0, q >= 1), (log(1 - p) - log(1 - q), 1 - p < (1 - q)/2), (log(1 - p) - log(1 - q), 1 - p > 2*(1 - q)), (log1p((q - p)/(1 - q)), True)))",
    q: "lambda_reg*(Piecewise((1, p <= 0), (0, q <= 0), ((q - p)/q, True)) + Piecewise((-1, p >= 1), (0, q >= 1), ((q - p)/(1 - q), True)))",
  },
  variables: ["p", "q"],
  params: { lambda_reg: 0.01 },
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    q: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "KL penalty lambda*KL(Bernoulli(p) || Bernoulli(q)) = lambda*(p*log(p/q) + (1 - p)*log((1 - p)/(1 - q)))",
    usage: "The sparsity penalty of sparse autoencoders (p the target activation rate, q a unit's mean activation); keeping a Bernoulli parameter near a prior.",
    pros: ["Exact at p = 0 and p = 1 without an epsilon", "Exact near p = q, value and derivatives: the two terms are both >= 0, so nothing cancels"],
    cons: ["Infinite for q = 0 < p or q = 1 > p", "Asymmetric in p and q"],
    range: "[0, inf]",
    references: ["Ng, Sparse autoencoder, CS294A lecture notes 2011", "Kullback & Leibler, Ann. Math. Statist. 1951", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "0*log(0) = 0, the limit: at p = 0, KL(0 || q) = -log(1 - q), at p = 1, KL(1 || q) = -log(q), and a term with weight p > 0 (or 1 - p > 0) against q = 0 (or q = 1) is Infinity. Neurogebra adds epsilon = 1e-8 to p, q, 1 - p and 1 - q inside the logs; the epsilon is removed, so the value at p = 0 or 1 is exact and q = 0 or 1 gives the true Infinity instead of about 18.4.",
      "Written as the sum of q*phi((p - q)/q) and (1 - q)*phi((q - p)/(1 - q)), phi(d) = (1 + d)*log1p(d) - d: the terms p*log(p/q) and (1 - p)*log((1 - p)/(1 - q)) with p - q and q - p added, both >= 0, so that their sum does not cancel where p is near q (the textbook form loses about 1e-16/|p - q| relatively there).",
      "Where p is within a factor 2 of q (p - q exact), q*phi(d) is p*log1pmx(d) + (p - q)**2/q with the core's exact log1pmx(d) = log1p(d) - d; elsewhere p*(log(p) - log(q)) + q - p (p/q could underflow or overflow, and d rounds to -1 where p << q); the mirror term likewise in 1 - p and 1 - q. log(1 - p) is compiled as log1p(-p).",
      "The derivatives are written by hand in the same branches, log1p((p - q)/q) - log1p((q - p)/(1 - q)) in p and (q - p)/q + (q - p)/(1 - q) in q, exact near p = q too; at p = 0 and p = 1 they are those of the branch taken there (the term of weight 0 is constant), where the one-sided limit in p is infinite.",
    ],
  },
});
