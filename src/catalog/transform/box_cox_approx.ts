import { transform } from "../entry.js";

export default transform({
  name: "box_cox_approx",
  formula: "expm1(lambda_bc*log(x))/lambda_bc",
  params: { lambda_bc: 0.5 },
  domains: {
    x: { min: 0, max: Infinity, what: "positive" },
  },
  metadata: {
    description: "Box-Cox power transform (x**lambda - 1)/lambda of a positive x",
    usage: "Making a positive, skewed feature closer to normal, with lambda chosen by maximum likelihood.",
    pros: ["One parameter covers log-like to square-like transforms"],
    cons: ["Only for positive x", "lambda = 0 (the logarithm) is 0/0 here"],
    range: "(-1/lambda_bc, inf) for lambda_bc > 0",
    references: [
      "Box and Cox, An analysis of transformations, 1964",
      "SciPy scipy.special.boxcox; scikit-learn PowerTransformer(method=\"box-cox\")",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Written expm1(lambda_bc*log(x))/lambda_bc, which is Neurogebra's (x**lambda_bc - 1)/lambda_bc without its cancellation near x = 1.",
      "The lambda != 0 branch only: at lambda_bc = 0 it is 0/0 = NaN, where SciPy's boxcox gives the limit log(x).",
    ],
  },
});
