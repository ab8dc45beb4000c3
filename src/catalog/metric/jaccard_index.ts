import { metric } from "../entry.js";
import { COUNT, ZERO_DIVISION } from "./conventions.js";

export default metric({
  name: "jaccard_index",
  formula: "n_intersect/n_union",
  variables: ["n_intersect", "n_union"],
  domains: { n_intersect: COUNT, n_union: COUNT },
  metadata: {
    description: "Jaccard index (intersection over union) of two sets from the sizes of their intersection and union",
    usage: "Overlap of predicted and true sets: segmentation masks (IoU), multi-label predictions, detection boxes.",
    pros: ["Directly interpretable"],
    cons: ["Undefined for two empty sets", "Harsher than the Dice coefficient on small overlaps"],
    range: "[0, 1]",
    aliases: ["iou", "intersection_over_union"],
    references: ["scikit-learn sklearn.metrics.jaccard_score", "Jaccard, Bulletin de la Société vaudoise des sciences naturelles 1901"],
    conventions: [ZERO_DIVISION, "Equals tp/(tp + fp + fn) for binary labels; dice_coefficient = 2J/(1 + J)."],
  },
});
