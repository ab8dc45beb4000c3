/**
 * Formulas along the last axis in the Python array targets: the spelling of the array printer's pieces
 * (arrays.ts) per module, and the helpers for gathers, sparsemax's threshold and the quantiles, vectorized
 * along an axis. NumPy and JAX share their helpers' text (jax.numpy follows NumPy's API); PyTorch has its own.
 */
import type { ReduceOp } from "../compile/lower-rows.js";
import type { ArraySyntax } from "./arrays.js";

/** The NumPy text of the helpers, with `np` for the module prefix. */
const NUMPY_HELPERS: ReadonlyMap<string, string> = new Map([
  [
    "_take",
    `def _take(x, index, axes):
    """x[..., index] along the last axis: each row's elements at whole-number indices (an array over the row's axes).
    An index outside the row (read only by a where's branch not taken) gives the element at the nearer end."""
    x = x.reshape(x.shape[:-1] + (1,) * (axes - 1) + x.shape[-1:])
    index = np.clip(np.asarray(index), 0, x.shape[-1] - 1).astype(np.int64)
    shape = np.broadcast_shapes(x.shape[:-1] + (1,), index.shape)
    return np.take_along_axis(np.broadcast_to(x, shape[:-1] + x.shape[-1:]), np.broadcast_to(index, shape), axis=-1)`,
  ],
  [
    "_sparsemax_threshold",
    `def _sparsemax_threshold(values, axis):
    """Sparsemax's tau along axis (Martins & Astudillo 2016, Algorithm 1), on the values shifted by their maximum."""
    top = np.max(values, axis=axis, keepdims=True)
    z = -np.sort(top - values, axis=axis)
    sums = np.cumsum(z, axis=axis)
    m = np.arange(1, z.shape[axis] + 1).reshape((-1,) + (1,) * (-1 - axis))
    k = np.max(np.where(1 + m * z > sums, m, 0), axis=axis, keepdims=True)
    tau = top + (np.take_along_axis(sums, np.maximum(k, 1) - 1, axis=axis) - 1) / np.maximum(k, 1)
    return np.where(top - top == 0, tau, np.nan)`,
  ],
  [
    "_quantile_weight",
    `def _quantile_weight(values, q, t, axis):
    """d quantile(values, q) / d values[t] along axis: 1 - g at the lower order statistic, g at the next (ties by position)."""
    m = values.shape[axis]
    position = np.arange(m).reshape((-1,) + (1,) * (-1 - axis))
    at = np.sum(np.where(position == t, values, 0.0), axis=axis, keepdims=True)
    rank = np.sum((values < at) | ((values == at) & (position < t)), axis=axis, keepdims=True)
    lo = np.floor((m - 1) * q)
    g = (m - 1) * q - lo
    weight = np.where(rank == lo, 1 - g, 0.0) + np.where(rank == lo + 1, g, 0.0)
    weight = np.where((t == np.floor(t)) & (t >= 0) & (t < m), weight, 0.0)
    return np.where(np.any(np.isnan(values), axis=axis, keepdims=True), np.nan, weight)`,
  ],
]);

const TORCH_HELPERS: ReadonlyMap<string, string> = new Map([
  [
    "_take",
    `def _take(x, index, axes):
    """x[..., index] along the last axis: each row's elements at whole-number indices (an array over the row's axes).
    An index outside the row (read only by a where's branch not taken) gives the element at the nearer end."""
    x = x.reshape(x.shape[:-1] + (1,) * (axes - 1) + x.shape[-1:])
    index = torch.as_tensor(index, device=x.device).clamp(0, x.shape[-1] - 1).long()
    shape = torch.broadcast_shapes(x.shape[:-1] + (1,), index.shape)
    return torch.take_along_dim(x.expand(shape[:-1] + x.shape[-1:]), index.expand(shape), dim=-1)`,
  ],
  [
    "_sparsemax_threshold",
    `def _sparsemax_threshold(values, axis):
    """Sparsemax's tau along axis (Martins & Astudillo 2016, Algorithm 1), on the values shifted by their maximum."""
    top = torch.amax(values, dim=axis, keepdim=True)
    z = -torch.sort(top - values, dim=axis).values
    sums = torch.cumsum(z, dim=axis)
    m = torch.arange(1, z.shape[axis] + 1, dtype=values.dtype, device=values.device).reshape((-1,) + (1,) * (-1 - axis))
    k = torch.amax(torch.where(1 + m * z > sums, m, 0.0), dim=axis, keepdim=True).clamp(min=1)
    tau = top + (torch.take_along_dim(sums, k.long() - 1, dim=axis) - 1) / k
    return torch.where(top - top == 0, tau, math.nan)`,
  ],
  [
    "_quantile_weight",
    `def _quantile_weight(values, q, t, axis):
    """d quantile(values, q) / d values[t] along axis: 1 - g at the lower order statistic, g at the next (ties by position)."""
    m = values.shape[axis]
    position = torch.arange(m, dtype=values.dtype, device=values.device).reshape((-1,) + (1,) * (-1 - axis))
    at = torch.sum(torch.where(position == t, values, 0.0), dim=axis, keepdim=True)
    rank = torch.sum((values < at) | ((values == at) & (position < t)), dim=axis, keepdim=True)
    lo = math.floor((m - 1) * q)
    g = (m - 1) * q - lo
    weight = torch.where(rank == lo, 1 - g, 0.0) + torch.where(rank == lo + 1, g, 0.0)
    weight = torch.where((t == torch.floor(t)) & (t >= 0) & (t < m), weight, 0.0)
    return torch.where(torch.any(torch.isnan(values), dim=axis, keepdim=True), math.nan, weight)`,
  ],
]);

/** The row helpers' names: reserved in every Python target. */
export const PYTHON_ROW_HELPERS: readonly string[] = [...NUMPY_HELPERS.keys()];

export interface PythonRows {
  /** The helper's text. */
  helper(name: string): string;
  /** The array printer's spelling, given the first vector input (for dtype and device). */
  syntax(first: string, use: (helper: string) => string): Omit<ArraySyntax, "value" | "scalar" | "assign">;
  /** The output: the result broadcast to the batch shape and the output's lengths, then the trailing axes dropped. */
  output(result: string, batch: readonly string[], lengths: readonly string[], drop: number, first: string): string;
}

const view = (x: string, axis: number, axes: number): string => (axes === 1 ? x : `${x}[..., ${[..."N".repeat(axis)].map(() => "None, ").join("")}:${", None".repeat(axes - 1 - axis)}]`);
const shapeOf = (axis: number, axes: number): string => (axes - 1 - axis === 0 ? "" : `.reshape(-1${", 1".repeat(axes - 1 - axis)})`);
const tuple = (items: readonly string[]): string => (items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`);

function numpyLike(m: "np" | "jnp"): PythonRows {
  const reductions: ReadonlyMap<ReduceOp, (t: string, axis: number, extra: readonly string[], from: string, use: (helper: string) => string) => string> = new Map([
    ["sum", (t, axis) => `${m}.sum(${t}, axis=${axis}, keepdims=True)`],
    ["max", (t, axis) => `${m}.max(${t}, axis=${axis}, keepdims=True)`],
    ["SparsemaxThreshold", (t, axis, _extra, _from, use) => `${use("_sparsemax_threshold")}(${t}, ${axis})`],
    ["Quantile", (t, axis, [q]) => `${m}.quantile(${t}, ${q}, axis=${axis}, keepdims=True)`],
    ["QuantileWeight", (t, axis, [q, at], from, use) => `${use("_quantile_weight")}(${t}, ${q}, ${from === "0" ? at : `${at} - ${from}`}, ${axis})`],
  ]);
  return {
    helper: (name) => NUMPY_HELPERS.get(name)!.replaceAll("np.", `${m}.`),
    syntax: (first, use) => ({
      view,
      range: (from, stop, axis, axes) => `${m}.arange(${from === "0" ? "" : `${from}, `}${stop}, dtype=${m === "np" ? "np.float64" : `${first}.dtype`})${shapeOf(axis, axes)}`,
      take: (x, index, axes) => `${use("_take")}(${x}, ${index}, ${axes})`,
      spread: (t, index) => `${t} + 0.0 * ${index}`,
      reduce: (op, t, axis, extra, from) => reductions.get(op)!(t, axis, extra, from, use),
    }),
    output: (result, batch, lengths, drop) => {
      const shape = `${m}.broadcast_shapes(${batch.join(", ")})`;
      const full = `${m}.broadcast_to(${result}, ${shape} + ${tuple([...lengths, ...Array<string>(drop).fill("1")])})`;
      return drop === 0 ? full : `${full}[...${", 0".repeat(drop)}]`;
    },
  };
}

export const NUMPY_ROWS = numpyLike("np");
export const JAX_ROWS = numpyLike("jnp");

export const TORCH_ROWS: PythonRows = {
  helper: (name) => TORCH_HELPERS.get(name)!,
  syntax: (first, use) => ({
    view,
    range: (from, stop, axis, axes) => `torch.arange(${from === "0" ? "" : `${from}, `}${stop}, dtype=${first}.dtype, device=${first}.device)${shapeOf(axis, axes)}`,
    take: (x, index, axes) => `${use("_take")}(${x}, ${index}, ${axes})`,
    spread: (t, index) => `${t} + 0.0 * ${index}`,
    reduce: (op, t, axis, [q, at], from) => {
      switch (op) {
        case "sum":
          return `torch.sum(${t}, dim=${axis}, keepdim=True)`;
        case "max":
          return `torch.amax(${t}, dim=${axis}, keepdim=True)`;
        case "SparsemaxThreshold":
          return `${use("_sparsemax_threshold")}(${t}, ${axis})`;
        case "Quantile":
          return `torch.quantile(${t}, ${q}, dim=${axis}, keepdim=True)`;
        case "QuantileWeight":
          return `${use("_quantile_weight")}(${t}, ${q}, ${from === "0" ? at : `${at} - ${from}`}, ${axis})`;
      }
    },
  }),
  output: (result, batch, lengths, drop, first) => {
    const shape = `torch.broadcast_shapes(${batch.join(", ")})`;
    const full = `torch.broadcast_to(torch.as_tensor(${result}, dtype=${first}.dtype, device=${first}.device), ${shape} + ${tuple([...lengths, ...Array<string>(drop).fill("1")])})`;
    return drop === 0 ? full : `${full}[...${", 0".repeat(drop)}]`;
  },
};
