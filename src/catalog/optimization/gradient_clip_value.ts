import { optimization } from "../entry.js";

export default optimization({
  name: "gradient_clip_value",
  formula: "Min(Max(grad, -clip_val), clip_val)",
  variables: ["grad"],
  params: { clip_val: 1 },
  metadata: {
    description: "Gradient clipping by value - grad limited to [-clip_val, clip_val] (torch.nn.utils.clip_grad_value_)",
    usage: "Guarding against exploding gradients element by element (recurrent networks, reinforcement learning).",
    pros: ["Cheap, per element"],
    cons: ["Changes the gradient's direction (clip_grad_norm keeps it)", "Zero gradient outside the bounds"],
    range: "[-clip_val, clip_val]",
    references: ["PyTorch torch.nn.utils.clip_grad_value_ (torch/nn/utils/clip_grad.py: clamp_(min=-clip_value, max=clip_value))"],
    conventions: [
      "torch.clamp's order, max(grad, -clip_val) then min with clip_val: for a negative clip_val every element becomes clip_val, as torch.clamp when min > max.",
      "The derivative with respect to grad is 1 on the closed interval [-clip_val, clip_val] (the ties go to grad), as the backward of torch.clamp.",
    ],
  },
});
