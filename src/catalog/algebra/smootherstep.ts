import { algebra } from "../entry.js";

export default algebra({
  name: "smootherstep",
  formula: "t**3*(t*(6*t - 15) + 10)",
  variables: ["t"],
  metadata: {
    description: "Smootherstep - 6*t**5 - 15*t**4 + 10*t**3, Perlin's quintic step from 0 to 1",
    usage: "Smooth transitions with zero first and second derivatives at the ends (Perlin noise fades).",
    pros: ["Zero first and second derivatives at t = 0 and t = 1"],
    cons: ["Not clamped: outside [0, 1] it is the quintic"],
    range: "[0, 1] on [0, 1]",
    references: ["Perlin, Improving Noise, SIGGRAPH 2002", "Neurogebra MathForge (algebra category)"],
    conventions: ["Not clamped, as Neurogebra.", "Written in Horner form t**3*(t*(6*t - 15) + 10)."],
  },
});
