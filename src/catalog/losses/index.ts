import type { CatalogEntry } from "../entry.js";
import mse from "./mse.js";
import mae from "./mae.js";
import huber from "./huber.js";
import smooth_l1 from "./smooth_l1.js";
import log_cosh from "./log_cosh.js";
import hinge from "./hinge.js";
import squared_hinge from "./squared_hinge.js";
import quantile from "./quantile.js";
import msle from "./msle.js";
import poisson from "./poisson.js";
import binary_crossentropy from "./binary_crossentropy.js";
import bce_with_logits from "./bce_with_logits.js";
import kl_div from "./kl_div.js";
import focal from "./focal.js";
import cross_entropy from "./cross_entropy.js";
import categorical_crossentropy from "./categorical_crossentropy.js";
import sparse_categorical_crossentropy from "./sparse_categorical_crossentropy.js";
import nll_loss from "./nll_loss.js";

/** Every loss, in the order listAll shows them: regression, margin, probabilistic, then multi-class (per row). */
export const LOSSES: readonly CatalogEntry[] = [
  mse,
  mae,
  huber,
  smooth_l1,
  log_cosh,
  hinge,
  squared_hinge,
  quantile,
  msle,
  poisson,
  binary_crossentropy,
  bce_with_logits,
  kl_div,
  focal,
  cross_entropy,
  categorical_crossentropy,
  sparse_categorical_crossentropy,
  nll_loss,
];
