import { optimization } from "../entry.js";

export default optimization({
  name: "rastrigin_2d",
  formula: "20 + x**2 - 10*cos(2*pi*x) + y**2 - 10*cos(2*pi*y)",
  variables: ["x", "y"],
  metadata: {
    description: "Rastrigin function in two dimensions - 20 + x**2 - 10*cos(2*pi*x) + y**2 - 10*cos(2*pi*y), minimum 0 at (0, 0)",
    usage: "Testing global optimizers on a regular grid of local minima.",
    pros: ["Known global minimum among many local ones"],
    cons: ["Separable: coordinate-wise methods find it too easily"],
    range: "[0, inf)",
    references: ["Rastrigin 1974", "Surjanovic & Bingham, Virtual Library of Simulation Experiments (A = 10)"],
    conventions: ["A = 10, n = 2: 10*n + sum(x_i**2 - 10*cos(2*pi*x_i))."],
  },
});
