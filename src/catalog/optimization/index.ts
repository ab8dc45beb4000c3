import type { CatalogEntry } from "../entry.js";
import sgd_step from "./sgd_step.js";
import momentum_step from "./momentum_step.js";
import nesterov_step from "./nesterov_step.js";
import adagrad_step from "./adagrad_step.js";
import rmsprop_step from "./rmsprop_step.js";
import adam_step from "./adam_step.js";
import adamw_step from "./adamw_step.js";
import adam_m_update from "./adam_m_update.js";
import adam_v_update from "./adam_v_update.js";
import adam_bias_correction_m from "./adam_bias_correction_m.js";
import adam_bias_correction_v from "./adam_bias_correction_v.js";
import constant_lr from "./constant_lr.js";
import step_decay_lr from "./step_decay_lr.js";
import exponential_decay_lr from "./exponential_decay_lr.js";
import cosine_annealing_lr from "./cosine_annealing_lr.js";
import warmup_linear_lr from "./warmup_linear_lr.js";
import polynomial_decay_lr from "./polynomial_decay_lr.js";
import inverse_sqrt_lr from "./inverse_sqrt_lr.js";
import cyclical_lr from "./cyclical_lr.js";
import one_cycle_approx_lr from "./one_cycle_approx_lr.js";
import one_cycle_lr from "./one_cycle_lr.js";
import gradient_clip_value from "./gradient_clip_value.js";
import gradient_clip_norm from "./gradient_clip_norm.js";
import ema_update from "./ema_update.js";
import quadratic_bowl from "./quadratic_bowl.js";
import rosenbrock from "./rosenbrock.js";
import rastrigin_2d from "./rastrigin_2d.js";
import ackley_2d from "./ackley_2d.js";

/** Update rules of torch.optim as formulas of their state, learning-rate schedules over epoch, test functions. */
export const OPTIMIZATION: readonly CatalogEntry[] = [
  sgd_step,
  momentum_step,
  nesterov_step,
  adagrad_step,
  rmsprop_step,
  adam_step,
  adamw_step,
  adam_m_update,
  adam_v_update,
  adam_bias_correction_m,
  adam_bias_correction_v,
  constant_lr,
  step_decay_lr,
  exponential_decay_lr,
  cosine_annealing_lr,
  warmup_linear_lr,
  polynomial_decay_lr,
  inverse_sqrt_lr,
  cyclical_lr,
  one_cycle_approx_lr,
  one_cycle_lr,
  gradient_clip_value,
  gradient_clip_norm,
  ema_update,
  quadratic_bowl,
  rosenbrock,
  rastrigin_2d,
  ackley_2d,
];
