/** Conventions shared by several metric entries, stated once. */

/** A count of samples (true positives, false negatives, ...): real-valued, so that weighted counts work too. */
export const COUNT = { min: 0, max: Infinity, what: "a non-negative count" } as const;
export const PROBABILITY = { min: 0, max: 1, what: "a value in [0, 1]" } as const;

/** Where a ratio of counts is 0/0 the metric is undefined: the library says so with NaN, never with a number that looks like a score. */
const UNDEFINED = "0/0 is NaN (the metric is undefined there)";
const SKLEARN_ZERO_DIVISION = "scikit-learn returns 0 with a warning by default (zero_division=\"warn\") and NaN with zero_division=np.nan.";
export const UNDEFINED_AT_ZERO = `${UNDEFINED}, without Neurogebra's + 1e-8, which turns it into 0.`;
export const ZERO_DIVISION = `${UNDEFINED_AT_ZERO} ${SKLEARN_ZERO_DIVISION}`;
/** The same for the array forms, which Neurogebra does not have. */
export const ARRAY_ZERO_DIVISION = `${UNDEFINED}; ${SKLEARN_ZERO_DIVISION}`;

/** The array forms take binary labels and scores or probabilities, thresholded. */
export const THRESHOLD =
  "y_true holds binary labels (1 positive, 0 negative; values in between count as that fraction of a positive); y_pred is a label, score or probability, predicted positive where y_pred >= threshold (default 0.5, so 0/1 predictions pass as they are), as scikit-learn's metric_at_thresholds thresholds scores.";
