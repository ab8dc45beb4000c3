import { activation } from "../entry.js";

export default activation({
  name: "square",
  formula: "x**2",
  metadata: {
    description: "Square - x**2",
    usage: "Polynomial networks, energies, teaching derivatives.",
    pros: ["Smooth", "Simple derivative 2*x"],
    cons: ["Unbounded and not monotonic", "Overflows for |x| > 1.3e154"],
    range: "[0, inf)",
  },
});
