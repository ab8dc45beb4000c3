import { metric } from "../entry.js";
import { COUNT, UNDEFINED_AT_ZERO } from "./conventions.js";

export default metric({
  name: "dice_coefficient",
  formula: "2*n_intersect/(size_a + size_b)",
  variables: ["n_intersect", "size_a", "size_b"],
  domains: { n_intersect: COUNT, size_a: COUNT, size_b: COUNT },
  metadata: {
    description: "Dice coefficient 2|A ∩ B|/(|A| + |B|) of two sets from the sizes of their intersection and of each set",
    usage: "Overlap of segmentation masks; equal to the F1 score of binary labels.",
    pros: ["Directly interpretable", "Gentler than the Jaccard index on small overlaps"],
    cons: ["Undefined for two empty sets"],
    range: "[0, 1]",
    aliases: ["sorensen_dice", "dice_score"],
    references: ["Dice, Ecology 1945", "Sørensen, Biologiske Skrifter 1948"],
    conventions: [UNDEFINED_AT_ZERO],
  },
});
