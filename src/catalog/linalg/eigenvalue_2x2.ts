import { linalg } from "../entry.js";

export default linalg({
  name: "eigenvalue_2x2",
  formula: "Piecewise((a/2 + d/2 + sqrt(b*c + (a/2 - d/2)**2), a + d >= 0), (a/2 + d/2 + sqrt(b*c + (a/2 - d/2)**2), b*c + (a/2 - d/2)**2 < 0), ((a*d - b*c)/(a/2 + d/2 - sqrt(b*c + (a/2 - d/2)**2)), True))",
  // With u = (a - d)/2 and r = sqrt(b*c + u**2): 1 + u/r cancels for u < 0 and 1 - u/r for u > 0; there they are
  // b*c/(r*(r - u)) and b*c/(r*(r + u)).
  derivatives: {
    a: "Piecewise(((1 + (a/2 - d/2)/sqrt(b*c + (a/2 - d/2)**2))/2, a >= d), (b*c/(2*sqrt(b*c + (a/2 - d/2)**2)*(sqrt(b*c + (a/2 - d/2)**2) - a/2 + d/2)), True))",
    b: "c/(2*sqrt(b*c + (a/2 - d/2)**2))",
    c: "b/(2*sqrt(b*c + (a/2 - d/2)**2))",
    d: "Piecewise(((1 - (a/2 - d/2)/sqrt(b*c + (a/2 - d/2)**2))/2, a <= d), (b*c/(2*sqrt(b*c + (a/2 - d/2)**2)*(sqrt(b*c + (a/2 - d/2)**2) + a/2 - d/2)), True))",
  },
  variables: ["a", "b", "c", "d"],
  metadata: {
    description: "The larger eigenvalue of the 2x2 matrix [[a, b], [c, d]] when both are real: (a + d)/2 + sqrt(((a - d)/2)^2 + b*c)",
    usage: "Largest eigenvalue (spectral radius of a symmetric 2x2 matrix), curvature of 2-D quadratic forms, Hessian checks.",
    pros: ["Closed form with derivatives"],
    cons: ["NaN where the eigenvalues are complex (((a - d)/2)^2 + b*c < 0)", "Squares overflow for entries beyond about 1e154"],
    range: "(-inf, inf)",
    references: ["numpy.linalg.eigvals of [[a, b], [c, d]] (its larger real eigenvalue)"],
    conventions: ["The matrix is row-major: [[a, b], [c, d]].", "Neurogebra's a/2 + d/2 + sqrt(b*c + (a/2 - d/2)**2), evaluated where a + d >= 0 (and where the eigenvalues are complex: NaN either way); where a + d < 0 the root would cancel against a/2 + d/2, so there it is the same value written as (a*d - b*c)/(a/2 + d/2 - sqrt(...)) (the product of the eigenvalues over the other one), as the stable quadratic formula.", "Complex eigenvalues give NaN (the real square root of a negative number), as NumPy's eigvals of a real matrix gives complex values instead; the smaller eigenvalue is trace_2x2 minus this."],
  },
});
