import { optimization } from "../entry.js";

export default optimization({
  name: "ackley_2d",
  formula: "-20*exp(-sqrt((x**2 + y**2)/2)/5) - exp((cos(2*pi*x) + cos(2*pi*y))/2) + E + 20",
  variables: ["x", "y"],
  metadata: {
    description: "Ackley function in two dimensions, minimum 0 at (0, 0)",
    usage: "Testing global optimizers on a nearly flat outer region with a deep central funnel.",
    pros: ["Known global minimum among many local ones"],
    cons: ["Not differentiable at its minimum (a cone in sqrt(x**2 + y**2)): the gradient there is NaN"],
    range: "[0, 20 + e)",
    references: ["Ackley 1987", "Surjanovic & Bingham, Virtual Library of Simulation Experiments (a = 20, b = 0.2, c = 2*pi)"],
    conventions: ["a = 20, b = 0.2, c = 2*pi, written with exact fractions (0.2 = 1/5, the means over two coordinates as /2) instead of Neurogebra's decimals."],
  },
});
