import { activation } from "../entry.js";

export default activation({
  name: "gaussian",
  formula: "exp(-x**2)",
  metadata: {
    description: "Gaussian - exp(-x**2)",
    usage: "Radial basis function networks.",
    pros: ["Smooth", "Bounded in (0, 1]"],
    cons: ["Vanishing gradient away from 0", "Not monotonic"],
    range: "(0, 1]",
  },
});
