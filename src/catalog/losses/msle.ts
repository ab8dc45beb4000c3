import { loss } from "../entry.js";

export default loss({
  name: "msle",
  formula: "(log(1 + y_pred) - log(1 + y_true))**2",
  domains: {
    y_pred: { min: -1, max: Infinity, what: "at least -1" },
    y_true: { min: -1, max: Infinity, what: "at least -1" },
  },
  metadata: {
    description: "Mean squared logarithmic error - the squared difference of log(1 + y)",
    usage: "Regression of positive quantities spanning orders of magnitude (counts, prices), where relative error matters.",
    pros: ["Scale-free for large values", "Penalises under-prediction more than over-prediction"],
    cons: ["Needs y > -1", "Less meaningful for values near 0"],
    range: "[0, inf)",
    aliases: ["mean_squared_logarithmic_error"],
    references: ["Keras losses.MeanSquaredLogarithmicError"],
    conventions: [
      "log(1 + y) is evaluated as log1p(y) (a stability rewrite), exact for tiny y.",
      "Keras clips predictions to at least epsilon first; here any input above -1 is taken as is, and -1 itself gives a non-finite value.",
    ],
  },
});
