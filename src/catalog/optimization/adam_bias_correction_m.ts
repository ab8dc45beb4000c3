import { optimization } from "../entry.js";

export default optimization({
  name: "adam_bias_correction_m",
  formula: "m/(1 - beta1**t)",
  variables: ["m", "t"],
  params: { beta1: 0.9 },
  domains: { t: { min: Number.MIN_VALUE, max: Infinity, what: "the step number (counted from 1; the formula holds for any t > 0)" } },
  metadata: {
    description: "Adam's bias-corrected first moment - m/(1 - beta1**t)",
    usage: "Undoing the pull of the zero initialization on the first-moment average after t steps.",
    pros: ["Makes the first steps of Adam the right size"],
    cons: ["Only meaningful for m updated from 0 exactly t times"],
    range: "(-inf, inf)",
    references: ["Kingma & Ba 2015, section 3", "PyTorch torch.optim.Adam (torch/optim/adam.py: bias_correction1 = 1 - beta1 ** step)"],
    conventions: ["m and t are inputs (t from 1: at t = 0 the correction divides by 0), beta1 a parameter (default 0.9, torch's). Neurogebra has m and t as parameters."],
  },
});
