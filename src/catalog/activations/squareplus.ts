import { activation } from "../entry.js";

export default activation({
  name: "squareplus",
  formula: "(x + sqrt(x**2 + b))/2",
  params: { b: 4 },
  metadata: {
    description: "Squareplus - a smooth ReLU made of a square root: (x + sqrt(x**2 + b))/2",
    usage: "A softplus-like activation without exp or log (JAX's jax.nn.squareplus).",
    pros: ["Smooth", "Cheap: algebraic, no exp/log"],
    cons: ["Less common"],
    range: "(0, inf)",
    references: ["Barron, Squareplus: A Softplus-Like Algebraic Rectifier, 2021"],
    conventions: ["For x < 0 evaluated as b/(2*(sqrt(x**2 + b) - x)), free of cancellation; sqrt(x**2 + b) as hypot, free of overflow."],
  },
});
