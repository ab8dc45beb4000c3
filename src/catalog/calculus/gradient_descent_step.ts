import { calculus } from "../entry.js";

export default calculus({
  name: "gradient_descent_step",
  formula: "w - lr*gradient",
  variables: ["w", "gradient"],
  params: { lr: 0.01 },
  metadata: {
    description: "One gradient descent step - w - lr*gradient",
    usage: "Explaining and checking one update of a parameter w given its gradient and the learning rate lr.",
    pros: ["The update rule of SGD in one line"],
    cons: ["A formula of already computed values, not the operation itself: the library's optimizers (Expression.fit with optimizer \"sgd\") run the loop, and gradient() computes the gradient", "w - lr*gradient rounds lr*gradient before the subtraction (no fused multiply-add)"],
    range: "(-inf, inf)",
    references: ["Cauchy 1847; Robbins & Monro 1951", "PyTorch torch.optim.SGD", "Neurogebra MathForge (calculus category)"],
    conventions: ["w and gradient are inputs, the learning rate lr a parameter (default 0.01, as PyTorch's SGD examples)."],
  },
});
