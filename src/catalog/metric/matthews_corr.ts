import { metric } from "../entry.js";
import { COUNT } from "./conventions.js";

export default metric({
  name: "matthews_corr",
  // Four square roots rather than the root of their product: the product of four counts overflows at ~1e77.
  formula: "(tp*tn - fp*fn)/(sqrt(tp + fp)*sqrt(tp + fn)*sqrt(tn + fp)*sqrt(tn + fn))",
  variables: ["tp", "tn", "fp", "fn"],
  domains: { tp: COUNT, tn: COUNT, fp: COUNT, fn: COUNT },
  metadata: {
    description: "Matthews correlation coefficient of a binary confusion matrix: the correlation between predicted and true labels",
    usage: "A single score for a binary classifier that uses all four cells, reliable on imbalanced classes.",
    pros: ["Symmetric in the classes", "High only if the classifier does well on both classes"],
    cons: ["Undefined when a row or column of the confusion matrix is empty"],
    range: "[-1, 1]",
    aliases: ["mcc_formula", "phi_coefficient"],
    references: ["scikit-learn sklearn.metrics.matthews_corrcoef", "Matthews, Biochim. Biophys. Acta 1975"],
    conventions: [
      "When tp + fp, tp + fn, tn + fp or tn + fn is 0 the numerator is 0 too and the value is 0/0 = NaN; scikit-learn returns 0 there, Neurogebra (+ 1e-8) 0 as well.",
      "For labels and scores along an axis see the array form matthews_corrcoef.",
    ],
  },
});
