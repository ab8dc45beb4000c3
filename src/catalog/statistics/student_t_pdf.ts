import { statistic } from "../entry.js";

export default statistic({
  name: "student_t_pdf",
  formula: "gamma((nu + 1)/2)/(sqrt(nu*pi)*gamma(nu/2))*(1 + x**2/nu)**(-(nu + 1)/2)",
  params: { nu: 3 },
  domains: {
    nu: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of degrees of freedom" },
  },
  metadata: {
    description: "Student's t density with nu degrees of freedom",
    usage: "Heavy tails: robust regression likelihoods, small-sample means.",
    pros: ["Heavy tails, robust to outliers", "Tends to the normal as nu grows"],
    cons: ["Variance infinite for nu <= 2"],
    range: "(0, inf)",
    references: ["SciPy scipy.stats.t.pdf(x, df = nu)"],
    conventions: [
      "Neurogebra's student_t (the same density, which fails to evaluate there: gamma_func undefined) is in its algebra category, so its name belongs to the algebra entry; this is the statistics category's name, beside student_t_kernel.",
      "The gamma ratio is compiled through loggamma once nu > 342, where gamma overflows.",
    ],
  },
});
