import { algebra } from "../entry.js";

export default algebra({
  name: "fourier_term",
  formula: "a0 + a1*cos(x) + a2*cos(2*x) + b1*sin(x) + b2*sin(2*x)",
  params: { a0: 0, a1: 1, a2: 0, b1: 0, b2: 0 },
  // sin has no limit at ±inf: the inputs are the finite doubles.
  domains: { x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" } },
  metadata: {
    description: "Fourier series to the second harmonic - a0 + a1*cos(x) + a2*cos(2x) + b1*sin(x) + b2*sin(2x)",
    usage: "Periodic trends with period 2*pi, seasonal components, smooth periodic fits.",
    pros: ["Linear in its parameters", "Orthogonal basis over a period"],
    cons: ["Only two harmonics: sharp features ring"],
    range: "(-inf, inf)",
    references: ["Fourier, Théorie analytique de la chaleur, 1822", "Neurogebra MathForge (algebra category)"],
    conventions: ["The defaults give cos(x); a0 is the constant term itself (not a0/2)."],
  },
});
