import { metric } from "../entry.js";

export default metric({
  name: "smape_elem",
  // Opposite signs give exactly 2 (|y_pred - y_true| = |y_pred| + |y_true|): the branch makes the derivative there
  // exactly 0 instead of a difference of two equal rounded terms.
  formula: "Piecewise((2, y_pred*y_true < 0), (Abs(y_pred - y_true)/((Abs(y_pred) + Abs(y_true))/2), True))",
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Per-sample symmetric absolute percentage error |y_pred - y_true|/((|y_pred| + |y_true|)/2)",
    usage: "Relative forecast errors when the target can be near 0 (M3/M4 forecasting competitions).",
    pros: ["Bounded by 2", "Symmetric in prediction and target"],
    cons: ["Undefined at y_pred = y_true = 0", "Not symmetric in over- and under-forecasts of the same size"],
    range: "[0, 2]",
    aliases: ["symmetric_mape_elem"],
    references: ["Makridakis, International Journal of Forecasting 1993", "Hyndman & Koehler, International Journal of Forecasting 2006"],
    conventions: ["At y_pred = y_true = 0 the value is 0/0 = NaN; Neurogebra adds 1e-8 to the denominator, which makes it 0.", "Where y_pred and y_true have opposite signs the value is 2 and the derivative 0."],
  },
});
