import { optimization } from "../entry.js";

export default optimization({
  name: "adam_bias_correction_v",
  formula: "v_adam/(1 - beta2**t)",
  variables: ["v_adam", "t"],
  params: { beta2: 0.999 },
  domains: {
    v_adam: { min: 0, max: Infinity, what: "the second-moment average" },
    t: { min: Number.MIN_VALUE, max: Infinity, what: "the step number (counted from 1; the formula holds for any t > 0)" },
  },
  metadata: {
    description: "Adam's bias-corrected second moment - v_adam/(1 - beta2**t)",
    usage: "Undoing the pull of the zero initialization on the second-moment average after t steps.",
    pros: ["Without it the first steps of Adam would be far too large"],
    cons: ["Only meaningful for v_adam updated from 0 exactly t times"],
    range: "[0, inf)",
    references: ["Kingma & Ba 2015, section 3", "PyTorch torch.optim.Adam (torch/optim/adam.py: bias_correction2 = 1 - beta2 ** step)"],
    conventions: ["v_adam and t are inputs (t from 1), beta2 a parameter (default 0.999, torch's). Neurogebra has v_adam and t as parameters."],
  },
});
