import { activation } from "../entry.js";

export default activation({
  name: "sparse_plus",
  formula: "Piecewise((0, x <= -1), ((x + 1)**2/4, x < 1), (x, True))",
  metadata: {
    description: "Sparse plus - 0 below -1, (x + 1)**2/4 on [-1, 1], x above: a smooth ReLU with exact zeros",
    usage: "Where softplus is wanted but exact zeros (sparsity) matter (JAX's jax.nn.sparse_plus).",
    pros: ["Continuously differentiable", "Exact zeros for x <= -1", "Cheap"],
    cons: ["Less common"],
    range: "[0, inf)",
    references: ["Blondel et al., Learning with Fenchel-Young Losses, JMLR 2020"],
  },
});
