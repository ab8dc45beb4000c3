import { statistic } from "../entry.js";

export default statistic({
  name: "student_t_kernel",
  formula: "(1 + x**2/nu)**(-(nu + 1)/2)",
  params: { nu: 3 },
  domains: {
    nu: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of degrees of freedom" },
  },
  metadata: {
    description: "Unnormalized Student's t kernel (1 + x**2/nu)**(-(nu + 1)/2) with nu degrees of freedom",
    usage: "Heavy tails up to a constant (t-SNE's similarity kernel is nu = 1); use student_t_pdf for the density.",
    pros: ["No gamma function"],
    cons: ["Not a density"],
    range: "(0, 1]",
    references: ["Neurogebra's student_t_kernel"],
    conventions: [
      "Kept as Neurogebra defines it.",
    ],
  },
});
