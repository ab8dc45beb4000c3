import { statistic } from "../entry.js";

export default statistic({
  name: "rayleigh_pdf",
  formula: "Piecewise((0, x < 0), (x*exp(-x**2/(2*sigma**2))/sigma**2, True))",
  params: { sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Rayleigh density: the length of a 2-D vector of independent normal components with scale sigma",
    usage: "Magnitudes of 2-D Gaussian noise, wind speeds, signal envelopes.",
    pros: ["One parameter"],
    cons: ["Only for isotropic 2-D Gaussians"],
    range: "[0, exp(-1/2)/sigma]",
    references: ["SciPy scipy.stats.rayleigh (scale = sigma)"],
    conventions: [
      "0 for x < 0.",
    ],
  },
});
