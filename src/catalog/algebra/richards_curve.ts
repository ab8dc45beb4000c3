import { algebra } from "../entry.js";

export default algebra({
  name: "richards_curve",
  formula: "K*exp(-softplus(-r*(x - x0))/nu)",
  params: { K: 1, nu: 1, r: 1, x0: 0 },
  metadata: {
    description: "Richards (generalized logistic) curve - K/(1 + exp(-r*(x - x0)))**(1/nu)",
    usage: "Growth curves whose asymmetry is fitted (nu): between Gompertz (nu -> 0) and logistic (nu = 1).",
    pros: ["Shape parameter nu", "Contains the logistic curve (nu = 1)"],
    cons: ["Four parameters, nu poorly determined by small data"],
    range: "(0, K) for K > 0",
    references: ["Richards, J. Exp. Bot. 1959", "Neurogebra MathForge (algebra category)"],
    conventions: ["Computed as K*exp(-softplus(-r*(x - x0))/nu), equal to Neurogebra's K/(1 + exp(-r*(x - x0)))**(1/nu) but without its overflow of exp for r*(x - x0) < -709.78 and with the left tail exp(r*(x - x0)/nu) kept when sigmoid alone would underflow."],
  },
});
