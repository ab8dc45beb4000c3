import type { CatalogEntry } from "../entry.js";
import relu from "./relu.js";
import sigmoid from "./sigmoid.js";
import tanh from "./tanh.js";
import leaky_relu from "./leaky_relu.js";
import swish from "./swish.js";
import gelu from "./gelu.js";
import softplus from "./softplus.js";
import elu from "./elu.js";
import selu from "./selu.js";
import mish from "./mish.js";
import hard_sigmoid from "./hard_sigmoid.js";
import hard_swish from "./hard_swish.js";
import softsign from "./softsign.js";
import linear from "./linear.js";
import square from "./square.js";
import gelu_erf from "./gelu_erf.js";
import relu6 from "./relu6.js";
import prelu from "./prelu.js";
import celu from "./celu.js";
import log_sigmoid from "./log_sigmoid.js";
import hard_tanh from "./hard_tanh.js";
import hard_shrink from "./hard_shrink.js";
import soft_shrink from "./soft_shrink.js";
import tanh_shrink from "./tanh_shrink.js";
import squareplus from "./squareplus.js";
import lisht from "./lisht.js";
import exponential from "./exponential.js";
import bent_identity from "./bent_identity.js";
import gaussian from "./gaussian.js";
import thresholded_relu from "./thresholded_relu.js";
import sparse_plus from "./sparse_plus.js";

/** Every activation, in the order listAll shows them: the tutorial's first. */
export const ACTIVATIONS: readonly CatalogEntry[] = [
  relu,
  sigmoid,
  tanh,
  leaky_relu,
  swish,
  gelu,
  softplus,
  elu,
  selu,
  mish,
  hard_sigmoid,
  hard_swish,
  softsign,
  linear,
  square,
  gelu_erf,
  relu6,
  prelu,
  celu,
  log_sigmoid,
  hard_tanh,
  hard_shrink,
  soft_shrink,
  tanh_shrink,
  squareplus,
  lisht,
  exponential,
  bent_identity,
  gaussian,
  thresholded_relu,
  sparse_plus,
];
