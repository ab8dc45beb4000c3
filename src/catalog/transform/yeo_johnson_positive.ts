import { transform } from "../entry.js";

export default transform({
  name: "yeo_johnson_positive",
  formula: "expm1(lambda_yj*log1p(x))/lambda_yj",
  params: { lambda_yj: 0.5 },
  domains: {
    x: { min: 0, max: Infinity, what: "non-negative" },
  },
  metadata: {
    description: "Yeo-Johnson transform of a non-negative x: ((x + 1)**lambda - 1)/lambda",
    usage: "Power transform of features that include zero (Box-Cox needs x > 0).",
    pros: ["Defined at 0"],
    cons: ["Only the x >= 0 branch of Yeo-Johnson", "lambda = 0 (log1p) is 0/0 here"],
    range: "[0, inf) for x >= 0 and lambda_yj > 0",
    references: [
      "Yeo and Johnson, A new family of power transformations to improve normality or symmetry, 2000",
      "scikit-learn PowerTransformer(method=\"yeo-johnson\")",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Written expm1(lambda_yj*log1p(x))/lambda_yj, which is Neurogebra's ((x + 1)**lambda_yj - 1)/lambda_yj without its cancellation for small x (where that form gives 0 for x = 1e-20).",
      "The x >= 0, lambda != 0 branch only: for x < 0 Yeo-Johnson uses -((1 - x)**(2 - lambda) - 1)/(2 - lambda), not this formula, and lambda_yj = 0 gives 0/0 = NaN where the limit is log1p(x).",
    ],
  },
});
