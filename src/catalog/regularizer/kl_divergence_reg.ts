import { regularizer } from "../entry.js";

export default regularizer({
  name: "kl_divergence_reg",
  formula:
    "lambda_reg*(Piecewise((0, p <= 0), (oo, q <= 0), (p*(log(p) - log(q)), p < q/2), (p*(log(p) - log(q)), p > 2*q), (p*log1p((p - q)/q), True))" +
    " + Piecewise((0, p >= 1), (oo, q >= 1), ((1 - p)*(log(1 - p) - log(1 - q)), 1 - p < (1 - q)/2), ((1 - p)*(log(1 - p) - log(1 - q)), 1 - p > 2*(1 - q)), ((1 - p)*log1p((q - p)/(1 - q)), True)))",
  variables: ["p", "q"],
  params: { lambda_reg: 0.01 },
  domains: {
    p: { min: 0, max: 1, what: "a probability" },
    q: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "KL penalty lambda*KL(Bernoulli(p) || Bernoulli(q)) = lambda*(p*log(p/q) + (1 - p)*log((1 - p)/(1 - q)))",
    usage: "The sparsity penalty of sparse autoencoders (p the target activation rate, q a unit's mean activation); keeping a Bernoulli parameter near a prior.",
    pros: ["Exact at p = 0 and p = 1 without an epsilon", "Each term exact where p and q are close (log1p of the relative difference)"],
    cons: ["Infinite for q = 0 < p or q = 1 > p", "Asymmetric in p and q", "Near p = q the two terms cancel to second order: about 1e-16/|p - q| relative error"],
    range: "[0, inf]",
    references: ["Ng, Sparse autoencoder, CS294A lecture notes 2011", "Kullback & Leibler, Ann. Math. Statist. 1951", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "0*log(0) = 0, the limit: a term whose weight p or 1 - p is 0 is 0 (KL(0 || q) = -log(1 - q), KL(1 || q) = -log(q)), and a term with weight > 0 against q = 0 or q = 1 is Infinity. Neurogebra adds epsilon = 1e-8 to p, q, 1 - p and 1 - q inside the logs; the epsilon is removed, so the value at p = 0 or 1 is exact and q = 0 or 1 gives the true Infinity instead of about 18.4.",
      "Each term is p*log1p((p - q)/q) (and its mirror with 1 - p, 1 - q) where the ratio is within a factor 2 of 1, and p*(log(p) - log(q)) elsewhere, as the statistics entry kl_divergence_elem (log1p written out, so that derivatives keep it); log(1 - p) is compiled as log1p(-p).",
      "Near p = q the two terms are of order |p - q| and cancel to a value of order (p - q)**2: at |p - q| = 1e-10 about 6 digits are lost in the value and in the derivatives (listed in the contract test). Writing it as q*phi((p - q)/q) + (1 - q)*phi((q - p)/(1 - q)) with phi(d) = (1 + d)*log1p(d) - d would avoid that, given an exact log1p(d) - d, which the core does not have.",
    ],
  },
});
