/**
 * First-order optimisers with PyTorch's update rules, step for step, over Float64Arrays. Each comment cites
 * the algorithm box of the torch.optim documentation it follows; t counts steps from 1, and every state
 * buffer starts at zero, as there.
 */
import { ArgumentError } from "../core/index.js";

export type OptimizerName = "sgd" | "momentum" | "nesterov" | "adam" | "adamw" | "rmsprop";
export const OPTIMIZERS: readonly OptimizerName[] = ["adam", "adamw", "sgd", "momentum", "nesterov", "rmsprop"];

export interface OptimizerOptions {
  /** γ. Defaults as torch.optim: adam, adamw 1e-3; rmsprop 1e-2; sgd, momentum, nesterov 1e-2 (torch has none). */
  readonly learningRate?: number;
  /** μ: "momentum" and "nesterov" default to 0.9, "sgd" to 0; rmsprop 0. */
  readonly momentum?: number;
  /** τ of SGD (default 0). */
  readonly dampening?: number;
  /** β1, β2 of Adam and AdamW (default [0.9, 0.999]). */
  readonly betas?: readonly [number, number];
  /** ε (default 1e-8). */
  readonly eps?: number;
  /** λ: an L2 term added to the gradient, except for AdamW where the decay is decoupled (default 0; AdamW 1e-2). */
  readonly weightDecay?: number;
  /** α, RMSprop's smoothing constant (default 0.99). */
  readonly alpha?: number;
  /** RMSprop: normalise by the estimated variance instead of the second moment (default false). */
  readonly centered?: boolean;
}

export interface Optimizer {
  readonly name: OptimizerName;
  /** Steps taken. */
  readonly t: number;
  /** One update of `params` in place from the gradient at `params`. */
  step(params: Float64Array, grad: Float64Array): void;
}

const DEFAULT_LR: Readonly<Record<OptimizerName, number>> = { adam: 1e-3, adamw: 1e-3, rmsprop: 1e-2, sgd: 1e-2, momentum: 1e-2, nesterov: 1e-2 };

function check(value: number, what: string, ok: (v: number) => boolean, allowed: string): number {
  if (typeof value !== "number" || !ok(value)) throw new ArgumentError(`${what} must be ${allowed}, got ${value}.`);
  return value;
}
const nonNegative = (v: number) => v >= 0 && Number.isFinite(v);
const unit = (v: number) => v >= 0 && v < 1;

export function createOptimizer(name: OptimizerName, n: number, options: OptimizerOptions = {}): Optimizer {
  const lr = check(options.learningRate ?? DEFAULT_LR[name], "learningRate", (v) => v > 0 && Number.isFinite(v), "a positive finite number");
  const eps = check(options.eps ?? 1e-8, "eps", nonNegative, "a finite number >= 0");
  const weightDecay = check(options.weightDecay ?? (name === "adamw" ? 1e-2 : 0), "weightDecay", nonNegative, "a finite number >= 0");
  const s1 = new Float64Array(n);
  const s2 = new Float64Array(n);
  const s3 = new Float64Array(n);
  let t = 0;
  const base = (update: (p: Float64Array, g: Float64Array) => void): Optimizer => ({
    name,
    get t() {
      return t;
    },
    step(p, g) {
      t++;
      update(p, g);
    },
  });

  switch (name) {
    case "sgd":
    case "momentum":
    case "nesterov": {
      // torch.optim.SGD, https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html:
      //   g ← g + λθ;  b_t ← g (t = 1) or μ·b_{t−1} + (1 − τ)·g;  g ← g + μ·b_t (nesterov) or b_t;  θ ← θ − γ·g
      const mu = check(options.momentum ?? (name === "sgd" ? 0 : 0.9), "momentum", nonNegative, "a finite number >= 0");
      const tau = check(options.dampening ?? 0, "dampening", (v) => v >= 0 && v <= 1, "in [0, 1]");
      const nesterov = name === "nesterov";
      if (nesterov && (mu === 0 || tau !== 0)) throw new ArgumentError("Nesterov momentum needs momentum > 0 and dampening 0, as in torch.optim.SGD.");
      const b = s1;
      return base((p, grad) => {
        for (let i = 0; i < p.length; i++) {
          let g = grad[i]!;
          if (weightDecay !== 0) g += weightDecay * p[i]!;
          if (mu !== 0) {
            b[i] = t > 1 ? mu * b[i]! + (1 - tau) * g : g;
            g = nesterov ? g + mu * b[i]! : b[i]!;
          }
          p[i]! -= lr * g;
        }
      });
    }
    case "adam":
    case "adamw": {
      // torch.optim.Adam, https://pytorch.org/docs/1.11/_modules/torch/optim/adam.html, and torch.optim.AdamW,
      // https://pytorch.org/docs/1.10/generated/torch.optim.AdamW.html:
      //   Adam: g ← g + λθ;  AdamW instead θ ← θ − γλθ (decoupled decay, Loshchilov & Hutter)
      //   m_t ← β1·m + (1 − β1)·g;  v_t ← β2·v + (1 − β2)·g²
      //   m̂ ← m_t/(1 − β1^t);  v̂ ← v_t/(1 − β2^t);  θ ← θ − γ·m̂/(√v̂ + ε)
      const [beta1, beta2] = options.betas ?? [0.9, 0.999];
      check(beta1, "betas[0]", unit, "in [0, 1)");
      check(beta2, "betas[1]", unit, "in [0, 1)");
      const decoupled = name === "adamw";
      const m = s1;
      const v = s2;
      return base((p, grad) => {
        // Bias corrections per step t, the same for every parameter.
        const c1 = 1 - beta1 ** t;
        const c2 = 1 - beta2 ** t;
        for (let i = 0; i < p.length; i++) {
          let g = grad[i]!;
          if (weightDecay !== 0) {
            if (decoupled) p[i]! -= lr * weightDecay * p[i]!;
            else g += weightDecay * p[i]!;
          }
          m[i] = beta1 * m[i]! + (1 - beta1) * g;
          v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
          const mHat = m[i]! / c1;
          const vHat = v[i]! / c2;
          p[i]! -= (lr * mHat) / (Math.sqrt(vHat) + eps);
        }
      });
    }
    case "rmsprop": {
      // torch.optim.RMSprop, https://pytorch.org/docs/1.13/generated/torch.optim.RMSprop.html:
      //   g ← g + λθ;  v_t ← α·v + (1 − α)·g²;  ṽ ← v_t;  centered: gₐ ← α·gₐ + (1 − α)·g, ṽ ← ṽ − gₐ²
      //   μ > 0: b ← μ·b + g/(√ṽ + ε), θ ← θ − γ·b;  else θ ← θ − γ·g/(√ṽ + ε)
      const alpha = check(options.alpha ?? 0.99, "alpha", unit, "in [0, 1)");
      const mu = check(options.momentum ?? 0, "momentum", nonNegative, "a finite number >= 0");
      const centered = options.centered ?? false;
      const v = s1;
      const gAve = s2;
      const b = s3;
      return base((p, grad) => {
        for (let i = 0; i < p.length; i++) {
          let g = grad[i]!;
          if (weightDecay !== 0) g += weightDecay * p[i]!;
          v[i] = alpha * v[i]! + (1 - alpha) * g * g;
          let vt = v[i]!;
          if (centered) {
            gAve[i] = alpha * gAve[i]! + (1 - alpha) * g;
            vt -= gAve[i]! * gAve[i]!;
          }
          const d = g / (Math.sqrt(vt) + eps);
          if (mu > 0) {
            b[i] = mu * b[i]! + d;
            p[i]! -= lr * b[i]!;
          } else {
            p[i]! -= lr * d;
          }
        }
      });
    }
    default:
      throw new ArgumentError(`Unknown optimizer '${String(name)}': use one of ${OPTIMIZERS.join(", ")}.`);
  }
}
