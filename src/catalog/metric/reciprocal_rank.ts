import { metric } from "../entry.js";

export default metric({
  name: "reciprocal_rank",
  formula: "1/rank",
  variables: ["rank"],
  domains: { rank: { min: 1, max: Infinity, what: "a rank (1 for the first position)" } },
  metadata: {
    description: "Reciprocal rank 1/rank of the first relevant result",
    usage: "Search and question answering: its mean over queries is the mean reciprocal rank (MRR).",
    pros: ["Simple", "Rewards putting one good answer first"],
    cons: ["Ignores every relevant result after the first"],
    range: "(0, 1]",
    aliases: ["mrr_elem"],
    references: ["Voorhees, TREC-8 Question Answering Track Report, 1999"],
    conventions: ["Ranks start at 1."],
  },
});
