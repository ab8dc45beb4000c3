import { algebra } from "../entry.js";

export default algebra({
  name: "gaussian_curve",
  formula: "A*exp(-(x - mu)**2/(2*sigma**2))",
  params: { A: 1, mu: 0, sigma: 1 },
  metadata: {
    description: "Gaussian curve - A*exp(-(x - mu)**2/(2*sigma**2)), a bell-shaped peak of height A",
    usage: "Fitting peaks (spectroscopy, chromatography), radial basis functions, smooth bumps.",
    pros: ["Smooth", "Peak A at mu, width sigma"],
    cons: ["Light tails: outliers pull the fit"],
    range: "(0, A] for A > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra's algebra name gaussian is taken here by the activation gaussian = exp(-x**2) (as in its activations): forge.get(\"gaussian\") is that activation, this curve is gaussian_curve.", "Unnormalized: the density is A = 1/(sigma*sqrt(2*pi))."],
  },
});
