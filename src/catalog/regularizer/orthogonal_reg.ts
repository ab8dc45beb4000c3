import { regularizer } from "../entry.js";

export default regularizer({
  name: "orthogonal_reg",
  formula: "lambda_reg*(w1*w2)**2",
  variables: ["w1", "w2"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "Orthogonality penalty lambda*(w1*w2)**2: the square of an off-diagonal inner product, here of two scalars",
    usage: "Decorrelating filters or embeddings; orthogonal regularisation of weight matrices (BigGAN).",
    pros: ["Smooth", "Zero when the two are orthogonal"],
    cons: ["A pair of scalars stands for a pair of weight vectors; the matrix form is O(n**2) pairs"],
    range: "[0, inf)",
    references: ["Brock et al., Neural photo editing with introspective adversarial networks, ICLR 2017; Large scale GAN training (BigGAN), ICLR 2019", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra's scalar stand-in for one off-diagonal entry of W^T W: w1*w2 takes the place of the inner product of two weight vectors. orthogonal_reg_vector takes the two vectors along the last axis. The full matrix penalty ||W^T W - I||_F**2 needs a two-dimensional index, which the index notation does not have: it is not in the catalog.",
    ],
  },
});
