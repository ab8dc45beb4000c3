import { optimization } from "../entry.js";

export default optimization({
  name: "ema_update",
  formula: "(1 - alpha_ema)*param_ema + alpha_ema*param_new",
  variables: ["param_ema", "param_new"],
  params: { alpha_ema: 0.001 },
  metadata: {
    description: "Exponential moving average of parameters - (1 - alpha_ema)*param_ema + alpha_ema*param_new",
    usage: "Weight averaging for evaluation (EMA of model weights in diffusion models, Mean Teacher, Polyak averaging).",
    pros: ["Smoother, often better-generalizing weights at no training cost"],
    cons: ["A copy of the weights; the average lags the training weights by about 1/alpha_ema steps"],
    range: "between param_ema and param_new (for alpha_ema in [0, 1])",
    references: ["Polyak & Juditsky 1992", "PyTorch torch.optim.swa_utils.get_ema_multi_avg_fn (decay = 1 - alpha_ema)"],
    conventions: ["alpha_ema is the weight of the new value; torch's swa_utils and timm write decay = 1 - alpha_ema (default 0.999 there, alpha_ema 0.001 here)."],
  },
});
