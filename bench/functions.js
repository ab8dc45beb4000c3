/**
 * The benchmarked activations, each with the competitors neurogebra is measured against:
 * - `hand`/`handGradient`: the practical limit, a plain loop a careful JavaScript programmer would write. Every
 *   loop is numerically stable (no overflow, no cancellation in the tails), because the compiled kernels are.
 *   Each is its own function so that V8 specialises it, as it does the compiled kernels.
 * - `mathjs`/`mathjsGradient`: the formula as a mathjs user would type it (constants inlined, naive forms).
 * - `tf`: the activation from TensorFlow.js ops; its gradient comes from tf.grad.
 */
import erfc from "@stdlib/math-base-special-erfc";

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const GELU_C = 0.044715;
const SELU_LAMBDA = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

export const FUNCTIONS = [
  {
    name: "relu",
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = xs[i] > 0 ? xs[i] : 0;
      return out;
    },
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = xs[i] > 0 ? 1 : 0;
      return out;
    },
    mathjs: "max(0, x)",
    mathjsGradient: "x > 0 ? 1 : 0",
    tf: (tf, x) => tf.relu(x),
  },
  {
    name: "sigmoid",
    // exp is only taken of -|x|, so it never overflows; the select picks sigmoid(x) or sigmoid(-x) = e*r.
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const e = Math.exp(-Math.abs(x));
        const r = 1 / (1 + e);
        out[i] = x >= 0 ? r : e * r;
      }
      return out;
    },
    // sigmoid(x)*sigmoid(-x) = e/(1+e)^2 with e = exp(-|x|): symmetric, exact in both tails.
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const e = Math.exp(-Math.abs(xs[i]));
        const d = 1 + e;
        out[i] = e / (d * d);
      }
      return out;
    },
    mathjs: "1 / (1 + exp(-x))",
    mathjsGradient: "exp(-x) / (1 + exp(-x))^2",
    tf: (tf, x) => tf.sigmoid(x),
  },
  {
    name: "tanh",
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = Math.tanh(xs[i]);
      return out;
    },
    // 1 - tanh(x)^2 cancels in the tails; 4e/(1+e)^2 with e = exp(-2|x|) does not.
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const e = Math.exp(-2 * Math.abs(xs[i]));
        const d = 1 + e;
        out[i] = (4 * e) / (d * d);
      }
      return out;
    },
    mathjs: "tanh(x)",
    mathjsGradient: "1 - tanh(x)^2",
    tf: (tf, x) => tf.tanh(x),
  },
  {
    name: "gelu",
    // 0.5*x*(1 + tanh(u)) = x*sigmoid(2u): one exp, and no cancellation for x << 0.
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const z = 2 * SQRT_2_OVER_PI * (x + GELU_C * x * x * x);
        const e = Math.exp(-Math.abs(z));
        const r = 1 / (1 + e);
        out[i] = x * (z >= 0 ? r : e * r);
      }
      return out;
    },
    // d/dx x*s(z) = s(z) + x*z'*s(z)*s(-z), with s(z)*s(-z) = e*r^2.
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const x2 = x * x;
        const z = 2 * SQRT_2_OVER_PI * (x + GELU_C * x2 * x);
        const dz = 2 * SQRT_2_OVER_PI * (1 + 3 * GELU_C * x2);
        const e = Math.exp(-Math.abs(z));
        const r = 1 / (1 + e);
        out[i] = (z >= 0 ? r : e * r) + x * dz * e * r * r;
      }
      return out;
    },
    mathjs: `0.5 * x * (1 + tanh(${SQRT_2_OVER_PI} * (x + ${GELU_C} * x^3)))`,
    mathjsGradient: `0.5 * (1 + tanh(${SQRT_2_OVER_PI} * (x + ${GELU_C} * x^3))) + 0.5 * x * (1 - tanh(${SQRT_2_OVER_PI} * (x + ${GELU_C} * x^3))^2) * ${SQRT_2_OVER_PI} * (1 + ${3 * GELU_C} * x^2)`,
    tf: (tf, x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(SQRT_2_OVER_PI, tf.add(x, tf.mul(GELU_C, tf.pow(x, 3))))))),
  },
  {
    // JavaScript has no Math.erf: the limit uses the same stdlib erfc a careful programmer would reach for.
    name: "gelu_erf",
    // 0.5*x*(1 + erf(x/sqrt2)) = 0.5*x*erfc(-x/sqrt2), exact in the left tail.
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = 0.5 * xs[i] * erfc(-xs[i] * SQRT1_2);
      return out;
    },
    // Phi(x) + x*phi(x).
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        out[i] = 0.5 * erfc(-x * SQRT1_2) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
      }
      return out;
    },
    mathjs: "0.5 * x * (1 + erf(x / sqrt(2)))",
    mathjsGradient: `0.5 * (1 + erf(x / sqrt(2))) + x * ${INV_SQRT_2PI} * exp(-x^2 / 2)`,
    tf: (tf, x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT1_2)))),
  },
  {
    name: "softplus",
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        out[i] = (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
      }
      return out;
    },
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const e = Math.exp(-Math.abs(x));
        const r = 1 / (1 + e);
        out[i] = x >= 0 ? r : e * r;
      }
      return out;
    },
    mathjs: "log(1 + exp(x))",
    mathjsGradient: "1 / (1 + exp(-x))",
    tf: (tf, x) => tf.softplus(x),
  },
  {
    name: "mish",
    // tanh(softplus(x)) = n/(n + 2) with n = e^x*(e^x + 2): one exp instead of exp, log1p and tanh.
    // Above x = 20 mish(x) is x to the last bit, and e^x*(e^x + 2) would overflow past x = 354.
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (x > 20) {
          out[i] = x;
          continue;
        }
        const e = Math.exp(x);
        const n = e * (e + 2);
        out[i] = (x * n) / (n + 2);
      }
      return out;
    },
    // tanh(sp) + x*sech(sp)^2*sigmoid(x), with sech(sp)^2 = 4(n + 1)/(n + 2)^2 and sigmoid(x) = e/(1 + e).
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (x > 20) {
          out[i] = 1;
          continue;
        }
        const e = Math.exp(x);
        const n = e * (e + 2);
        const d = n + 2;
        out[i] = n / d + (x * 4 * (n + 1) * e) / (d * d * (1 + e));
      }
      return out;
    },
    mathjs: "x * tanh(log(1 + exp(x)))",
    mathjsGradient: "tanh(log(1 + exp(x))) + x * (1 - tanh(log(1 + exp(x)))^2) / (1 + exp(-x))",
    tf: (tf, x) => tf.mul(x, tf.tanh(tf.softplus(x))),
  },
  {
    name: "elu",
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = xs[i] > 0 ? xs[i] : Math.expm1(xs[i]);
      return out;
    },
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = xs[i] > 0 ? 1 : Math.exp(xs[i]);
      return out;
    },
    mathjs: "x > 0 ? x : exp(x) - 1",
    mathjsGradient: "x > 0 ? 1 : exp(x)",
    tf: (tf, x) => tf.elu(x),
  },
  {
    name: "selu",
    hand(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = SELU_LAMBDA * (xs[i] > 0 ? xs[i] : SELU_ALPHA * Math.expm1(xs[i]));
      return out;
    },
    handGradient(xs, out) {
      for (let i = 0; i < xs.length; i++) out[i] = xs[i] > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(xs[i]);
      return out;
    },
    mathjs: `${SELU_LAMBDA} * (x > 0 ? x : ${SELU_ALPHA} * (exp(x) - 1))`,
    mathjsGradient: `x > 0 ? ${SELU_LAMBDA} : ${SELU_LAMBDA * SELU_ALPHA} * exp(x)`,
    tf: (tf, x) => tf.selu(x),
  },
];

/** The catalog formula (SymPy syntax) in mathjs syntax; what mathjs cannot parse or differentiate stays unsupported. */
export function toMathjs(formula) {
  return formula.replaceAll("**", "^").replaceAll("Abs(", "abs(");
}
