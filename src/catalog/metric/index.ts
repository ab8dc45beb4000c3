import type { CatalogEntry } from "../entry.js";
import accuracy_elem from "./accuracy_elem.js";
import precision_formula from "./precision_formula.js";
import recall_formula from "./recall_formula.js";
import f1_score_formula from "./f1_score_formula.js";
import fbeta_score_formula from "./fbeta_score_formula.js";
import specificity_formula from "./specificity_formula.js";
import balanced_accuracy from "./balanced_accuracy.js";
import matthews_corr from "./matthews_corr.js";
import log_loss_elem from "./log_loss_elem.js";
import brier_score_elem from "./brier_score_elem.js";
import mse_elem from "./mse_elem.js";
import mae_elem from "./mae_elem.js";
import rmse_formula from "./rmse_formula.js";
import r_squared from "./r_squared.js";
import adjusted_r_squared from "./adjusted_r_squared.js";
import mape_elem from "./mape_elem.js";
import smape_elem from "./smape_elem.js";
import huber_loss_elem from "./huber_loss_elem.js";
import explained_variance_ratio from "./explained_variance_ratio.js";
import jaccard_index from "./jaccard_index.js";
import dice_coefficient from "./dice_coefficient.js";
import cosine_distance_metric from "./cosine_distance_metric.js";
import reciprocal_rank from "./reciprocal_rank.js";
import dcg_elem from "./dcg_elem.js";
import ndcg_formula from "./ndcg_formula.js";
import aic from "./aic.js";
import bic from "./bic.js";
import accuracy from "./accuracy.js";
import precision from "./precision.js";
import recall from "./recall.js";
import f1 from "./f1.js";
import fbeta from "./fbeta.js";
import matthews_corrcoef from "./matthews_corrcoef.js";
import r2_score from "./r2_score.js";
import mean_absolute_percentage_error from "./mean_absolute_percentage_error.js";
import ndcg from "./ndcg.js";

/** Every metric entry, in listing order: classification from counts and labels, probabilistic scores, regression, overlap and distance, ranking, model selection; then the array forms along the last axis. */
export const METRICS: readonly CatalogEntry[] = [
  accuracy_elem,
  precision_formula,
  recall_formula,
  f1_score_formula,
  fbeta_score_formula,
  specificity_formula,
  balanced_accuracy,
  matthews_corr,
  log_loss_elem,
  brier_score_elem,
  mse_elem,
  mae_elem,
  rmse_formula,
  r_squared,
  adjusted_r_squared,
  mape_elem,
  smape_elem,
  huber_loss_elem,
  explained_variance_ratio,
  jaccard_index,
  dice_coefficient,
  cosine_distance_metric,
  reciprocal_rank,
  dcg_elem,
  ndcg_formula,
  aic,
  bic,
  accuracy,
  precision,
  recall,
  f1,
  fbeta,
  matthews_corrcoef,
  r2_score,
  mean_absolute_percentage_error,
  ndcg,
];
