import { regularizer } from "../entry.js";

export default regularizer({
  name: "max_norm_vector",
  formula: "Max(0, Sum(w[j]**2, (j, 0, n - 1)) - max_val**2)",
  variables: ["w"],
  params: { max_val: 3 },
  metadata: {
    description: "Max-norm penalty max(0, ||w||_2**2 - c**2) of a unit's incoming weight vector along the last axis",
    usage: "A soft max-norm constraint (with dropout): zero while the vector's norm is at most c, growing quadratically in the norm beyond.",
    pros: ["Zero inside the allowed ball: no shrinkage of vectors that respect the bound", "Bounds the norm, as the constraint of the literature does"],
    cons: ["Kink at ||w|| = c", "A penalty, not the projection (rescaling) that Srivastava et al. and Keras's MaxNorm apply", "Squares overflow beyond about 1e154 per element"],
    range: "[0, inf)",
    references: ["Srivastava et al., Dropout: a simple way to prevent neural networks from overfitting, JMLR 2014 (max-norm regularisation)", "Keras constraints.MaxNorm"],
    conventions: [
      "The vector form of Neurogebra's max_norm, which penalises one weight: max_norm(w) = max_norm_vector([w]).",
      "At ||w|| = max_val the derivative is 0 (a Max tie goes to its numeric argument 0).",
    ],
  },
});
