import { regularizer } from "../entry.js";

export default regularizer({
  name: "max_norm",
  formula: "Max(0, w**2 - max_val**2)",
  variables: ["w"],
  params: { max_val: 3 },
  metadata: {
    description: "Max-norm penalty max(0, w**2 - c**2): zero while |w| <= c, quadratic growth beyond",
    usage: "A soft version of the max-norm constraint used with dropout; bounded weights.",
    pros: ["Zero inside the allowed ball: no shrinkage of weights that respect the bound"],
    cons: ["Kink at |w| = c", "A penalty, not the projection that Srivastava et al. and Keras's MaxNorm apply"],
    range: "[0, inf)",
    references: ["Srivastava et al., Dropout: a simple way to prevent neural networks from overfitting, JMLR 2014 (max-norm regularisation)", "Keras constraints.MaxNorm", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "At |w| = max_val the derivative is 0 (a Max tie goes to its numeric argument 0).",
      "Applied per weight, as Neurogebra's scalar stand-in; the constraint in the literature bounds the norm of each unit's incoming weight vector (max_norm_vector) and is enforced by rescaling, not by a penalty.",
    ],
  },
});
