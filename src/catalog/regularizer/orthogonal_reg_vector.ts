import { regularizer } from "../entry.js";

export default regularizer({
  name: "orthogonal_reg_vector",
  formula: "lambda_reg*Sum(w1[j]*w2[j], (j, 0, n - 1))**2",
  variables: ["w1", "w2"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "Orthogonality penalty lambda*(w1 . w2)**2 of two weight vectors along the last axis",
    usage: "Decorrelating two filters or embeddings; one off-diagonal term of the orthogonal regularisation ||W^T W - I||_F**2 (columns w1 and w2 of W).",
    pros: ["Smooth", "Zero exactly when w1 and w2 are orthogonal"],
    cons: ["One pair: the matrix penalty sums it over all O(n**2) pairs of columns (twice) plus the diagonal terms"],
    range: "[0, inf)",
    references: ["Brock et al., Neural photo editing with introspective adversarial networks, ICLR 2017; Large scale GAN training (BigGAN), ICLR 2019"],
    conventions: [
      "The vector form of Neurogebra's orthogonal_reg, whose scalars w1*w2 stand for the inner product: orthogonal_reg(w1, w2) = orthogonal_reg_vector([w1], [w2]).",
      "The matrix penalty itself needs a two-dimensional index, which the index notation does not have.",
    ],
  },
});
