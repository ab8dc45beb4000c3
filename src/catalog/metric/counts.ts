/**
 * The confusion-matrix counts of a row of binary labels y_true and scores y_pred thresholded at `threshold`, in
 * index notation, shared by the array forms (accuracy, precision, recall, f1, fbeta, matthews_corrcoef).
 */
const PREDICTED_POSITIVE = "Piecewise((1, y_pred[j] >= threshold), (0, True))";

/** True positives: labels times predictions. */
export const TP = `Sum(y_true[j]*${PREDICTED_POSITIVE}, (j, 0, n - 1))`;
/** Predicted positives, tp + fp. */
export const PREDICTED = `Sum(${PREDICTED_POSITIVE}, (j, 0, n - 1))`;
/** Actual positives, tp + fn. */
export const ACTUAL = "Sum(y_true[j], (j, 0, n - 1))";

export const THRESHOLD_PARAM = { threshold: 0.5 } as const;
