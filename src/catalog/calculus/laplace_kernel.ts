import { calculus } from "../entry.js";

export default calculus({
  name: "laplace_kernel",
  formula: "exp(-s*t)",
  variables: ["s", "t"],
  metadata: {
    description: "Laplace transform kernel - exp(-s*t)",
    usage: "Writing Laplace transforms, the integral of f(t)*exp(-s*t) over t >= 0.",
    pros: ["Smooth in both inputs"],
    cons: ["Overflows for s*t < -709.78", "The product s*t is rounded before the exponential (relative error up to |s*t|*1.1e-16)"],
    range: "(0, inf)",
    references: ["DLMF 1.14.iv", "Neurogebra MathForge (calculus category)"],
    conventions: ["Real s only."],
  },
});
