import { activation } from "../entry.js";

export default activation({
  name: "gelu",
  formula: "0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x**3)))",
  // Beyond |x| = 100 the derivative is 1 or 0 to double precision, while the product rule there multiplies an
  // underflowed 0 by x**2, which overflows for |x| > 1.3e154 (0*inf = NaN).
  derivatives: {
    x: "Piecewise((0.5*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x**3))) + 0.5*x*(1 - tanh(sqrt(2/pi)*(x + 0.044715*x**3))**2)*sqrt(2/pi)*(1 + 0.134145*x**2), Abs(x) < 100), (Heaviside(x, 0), True))",
  },
  metadata: {
    description: "Gaussian Error Linear Unit, tanh approximation - x weighted by an approximate Gaussian CDF",
    usage: "Transformers (BERT, GPT-2) and code that must match them exactly.",
    pros: ["Smooth", "State of the art in transformers"],
    cons: ["More expensive than ReLU", "An approximation of the exact GELU (max. difference about 5e-4)"],
    range: "[-0.17, inf)",
    references: ["Hendrycks & Gimpel, Gaussian Error Linear Units (GELUs), 2016"],
    conventions: [
      "This is the tanh approximation, PyTorch's gelu(approximate='tanh') and the form in GPT/BERT code; PyTorch's default gelu is the exact erf form, here 'gelu_erf'.",
      "Evaluated as x*sigmoid(2*u) with u = sqrt(2/pi)*(x + 0.044715*x**3), which keeps full precision for x < -10.",
      "The derivative is written out by hand, with its limits 1 (x >= 100) and 0 (x <= -100), exact to double precision, so it stays finite up to ±1e308.",
    ],
  },
});
