/**
 * The three Python array targets: NumPy, PyTorch and JAX, each one table for the shared printer (python.ts).
 * A function missing from a table is refused with UnsupportedExportError.
 */
import { type ArrayModule, arrayHelper } from "./python-arrays.js";
import { type PythonTable, PYTHON_RESERVED, type Template, renderPython } from "./python.js";
import { NUMPY_VECTORIZED, numpyHelpers } from "./numpy-special.js";
import { specialHelpers } from "./special.js";
import { JAX_ROWS, NUMPY_ROWS, PYTHON_ROW_HELPERS, TORCH_ROWS } from "./python-rows.js";
import type { ExportFunction, ExportTarget } from "./target.js";

const call = (f: string): Template => (args) => `${f}(${args.join(", ")})`;
/** A variadic Max/Min as nested binary calls. */
const nested = (f: string): Template => (args) => args.slice(1).reduce((acc, a) => `${f}(${acc}, ${a})`, args[0]!);
const viaHelper = (name: string): Template => (args, helper) => `${helper(name)}(${args.join(", ")})`;

/** The functions every array module has under NumPy's names (torch and jax.numpy follow them), by record name. */
function arrayFunctions(m: string, names: Partial<Record<string, string>> = {}): [string, Template][] {
  const numpyNames: Record<string, string> = {
    exp: "exp", log: "log", sqrt: "sqrt", log1p: "log1p", expm1: "expm1", sin: "sin", cos: "cos", tan: "tan", asin: "arcsin", acos: "arccos", atan: "arctan",
    sinh: "sinh", cosh: "cosh", tanh: "tanh", asinh: "arcsinh", acosh: "arccosh", atanh: "arctanh", Abs: "abs", hypot: "hypot", sign: "sign", floor: "floor",
    ceiling: "ceil", atan2: "arctan2", ...names,
  } as Record<string, string>;
  return [
    ...Object.entries(numpyNames).map(([fn, name]): [string, Template] => [fn, call(`${m}.${name}`)]),
    ["Max", nested(`${m}.maximum`)],
    ["Min", nested(`${m}.minimum`)],
    // With h0 = 0 (every derivative of Max/Min) one comparison less; NaN propagates through the last where.
    ["Heaviside", ([x, h0]) => `${m}.where(${x} > 0, 1.0, ${m}.where(${x} ${h0 === "0.0" ? "<=" : "<"} 0, 0.0, ${h0 === "0.0" ? x : `${m}.where(${x} == 0, ${h0 ?? "0.5"}, ${x})`}))`],
  ];
}

// The stable kernels of the compiler, in array form with the same operations as the JavaScript kernels.
const sigmoidNumpy = 'def _sigmoid(x):\n    """e/(1 + e) with e = exp(x), 1 where e overflows."""\n    e = np.exp(x)\n    return np.where(e == np.inf, 1.0, e / (1.0 + e))';
const dsigmoidNumpy = 'def _dsigmoid(x):\n    """sigmoid(x)*sigmoid(-x) = e/(1 + e)**2 with e = exp(x): 1/e where (1 + e)**2 would overflow, exp(-x) where e does."""\n    e = np.exp(x)\n    d = 1.0 + e\n    return np.where(e > 1e150, np.where(e == np.inf, np.exp(-x), 1.0 / e), e / (d * d))';
const softplusNumpy = 'def _softplus(x):\n    """log(1 + e) with e = exp(x), without overflow or cancellation: x + log1p(1/e) from x = 0 on."""\n    e = np.exp(x)\n    return np.where(x >= 0, x + np.log1p(1.0 / e), np.log1p(e))';

/**
 * polygamma of an order that is not a whole number up to 100 written in the formula, the one special function
 * without a vectorized NumPy helper: special.ts's scalar helpers on float64 scalars, applied with np.vectorize
 * (a Python loop). A helper they use that has a vectorized namesake (erfcx, gammadensity, beta,
 * digammadiff) is that one, on 0-d arrays: one text per name.
 */
const scalarHelpers = (fn: string): [string, string][] =>
  specialHelpers(fn, "python").flatMap(([name, text]): [string, string][] => (NUMPY_VECTORIZED.includes(name.slice(1)) ? numpyHelpers(name.slice(1)) : [[name, text]]));
const vectorized = (texts: readonly [string, string][]): Template => (args, helper) => {
  for (const [name] of texts) helper(name);
  return `np.vectorize(${texts[texts.length - 1]![0]}, otypes=[np.float64])(${args.join(", ")})`;
};

/** NumPy's own vectorized helpers (numpy-special.ts): every helper of the list added, the last one called. */
const NUMPY_ARRAY = NUMPY_VECTORIZED.map((fn) => [fn, numpyHelpers(fn)] as const);
const arrayHelpers = (texts: readonly [string, string][]): Template => (args, helper) => {
  for (const [name] of texts.slice(0, -1)) helper(name);
  return `${helper(texts[texts.length - 1]![0])}(${args.join(", ")})`;
};

const NUMPY: PythonTable = {
  target: "numpy",
  modules: [["math"], [""], ["numpy", "np"]],
  m: "np",
  nan: "np.nan",
  inf: "np.inf",
  functions: new Map<string, Template>([
    ...arrayFunctions("np"),
    ["cbrt", call("np.cbrt")],
    ["sigmoid", viaHelper("_sigmoid")],
    ["dsigmoid", viaHelper("_dsigmoid")],
    ["softplus", viaHelper("_softplus")],
    ...NUMPY_ARRAY.filter(([fn]) => fn !== "digamma" && fn !== "polygamma_n").map(([fn, texts]) => [fn, arrayHelpers(texts)] as const),
    // Vectorized for an order written as a whole number up to 100 (digamma, trigamma, ...; n! stays a float), else on the scalar helper.
    ["polygamma", (args, helper, values) => {
      const [n, x] = values;
      if (n!.op !== "num" || !Number.isInteger(n!.value) || n!.value < 0 || n!.value > 100) return vectorized(scalarHelpers("polygamma"))(args, helper, values);
      if (n!.value === 0) return arrayHelpers(numpyHelpers("digamma"))([args[1]!], helper, [x!]);
      return arrayHelpers(numpyHelpers("polygamma_n"))([String(n!.value), args[1]!], helper, values);
    }],
  ]),
  helpers: new Map([
    ...scalarHelpers("polygamma"),
    ...NUMPY_ARRAY.flatMap(([, texts]) => texts),
    ["_sigmoid", sigmoidNumpy],
    ["_dsigmoid", dsigmoidNumpy],
    ["_softplus", softplusNumpy],
  ]),
  repeats: new Set(["Heaviside"]),
  convert: (inputs, params) => [...inputs, ...params].map((a) => `${a} = np.asarray(${a}, dtype=np.float64)`),
  // Untaken branches of where and IEEE limits (log(0), 1/0) are computed on purpose: no warnings for them.
  body: (lines) => ['with np.errstate(all="ignore"):', ...lines.map((l) => `    ${l}`)],
  rows: NUMPY_ROWS,
};

/** torch's gamma: exp(lgamma) with the sign of gamma on (-n, -n + 1); +-inf at +-0, NaN at the negative integers. */
const torchGamma = (x: string): string =>
  `torch.where((${x} <= 0) & (${x} == torch.floor(${x})), torch.where(${x} == 0, torch.copysign(torch.full_like(${x}, math.inf), ${x}), math.nan), ` +
  `torch.where((${x} > 0) | (torch.remainder(torch.floor(${x}), 2.0) == 0), 1.0, -1.0) * torch.exp(torch.lgamma(${x})))`;

const TORCH_MODULE: ArrayModule = { m: "torch", inf: "math.inf", nan: "math.nan", digamma: (x) => `torch.digamma(${x})`, gamma: torchGamma, lgamma: (x) => `torch.lgamma(${x})` };
const JAX_MODULE: ArrayModule = { m: "jnp", inf: "jnp.inf", nan: "jnp.nan", digamma: (x) => `jsp.digamma(${x})`, gamma: (x) => `jsp.gamma(${x})`, lgamma: (x) => `jsp.gammaln(${x})`, erfc: (x) => `jsp.erfc(${x})` };

const TORCH: PythonTable = {
  target: "torch",
  modules: [["math"], [""], ["torch"]],
  m: "torch",
  nan: "math.nan",
  inf: "math.inf",
  functions: new Map<string, Template>([
    ...arrayFunctions("torch", { asin: "asin", acos: "acos", atan: "atan", asinh: "asinh", acosh: "acosh", atanh: "atanh", atan2: "atan2" }),
    // torch.maximum takes tensors only: a literal becomes a 0-d tensor, which keeps the other's dtype and device.
    ["Max", (args, _helper, values) => nested("torch.maximum")(args.map((a, i) => (values[i]!.op === "num" ? `torch.as_tensor(${a})` : a)), _helper, values)],
    ["Min", (args, _helper, values) => nested("torch.minimum")(args.map((a, i) => (values[i]!.op === "num" ? `torch.as_tensor(${a})` : a)), _helper, values)],
    ["cbrt", ([x]) => `torch.sign(${x}) * torch.pow(torch.abs(${x}), 1.0 / 3.0)`],
    ["sigmoid", call("torch.sigmoid")],
    // sigmoid(x)*sigmoid(-x): both factors exact, and autograd sees no overflow.
    ["dsigmoid", ([x]) => `torch.sigmoid(${x}) * torch.sigmoid(-${x})`],
    ["softplus", ([x]) => `torch.clamp(${x}, min=0.0) + torch.log1p(torch.exp(-torch.abs(${x})))`],
    ["erf", call("torch.erf")],
    ["erfc", call("torch.erfc")],
    ["erfinv", call("torch.erfinv")],
    ["erfcx", call("torch.special.erfcx")],
    ["log1pmx", viaHelper("_log1pmx")],
    ["loggamma", call("torch.lgamma")],
    // torch has no gamma: exp(lgamma) (error |lgamma|*eps, under 1e-13 up to the overflow at 171.6) with the sign
    // of gamma on (-n, -n + 1); +-inf at +-0 and NaN at the negative integers, as the library's kernel.
    ["gamma", ([x]) => torchGamma(x!)],
    ["polygamma", ([n, x]) => `torch.polygamma(int(${n}), ${x})`],
    ["gammainc", call("torch.special.gammainc")],
    ["gammaincc", call("torch.special.gammaincc")],
    // gamma(s)*P(s, x) and gamma(s)*Q(s, x) for s > 0, where gamma is exp(lgamma): overflow past s = 171.6.
    ["lowergamma", ([s, x]) => `torch.special.gammainc(${s}, ${x}) * torch.exp(torch.lgamma(${s}))`],
    ["uppergamma", ([s, x]) => `torch.special.gammaincc(${s}, ${x}) * torch.exp(torch.lgamma(${s}))`],
    // erfcinv(x) = -ndtri(x/2)/sqrt(2): ndtri keeps the relative accuracy of a tiny x.
    ["erfcinv", ([x]) => `-torch.special.ndtri(0.5 * ${x}) * 0.7071067811865476`],
    ["beta", viaHelper("_beta")],
    ["digammadiff", viaHelper("_digammadiff")],
    ["gammadensity", viaHelper("_gammadensity")],
  ]),
  helpers: new Map([
    [
      "_beta",
      'def _beta(a, b):\n    """gamma(a)*gamma(b)/gamma(a + b) in logs, with the signs of the gammas (no overflow; relative error about\n    1e-16 times the log-gammas; inf at the poles of gamma(a) and gamma(b))."""\n' +
        "    c = a + b\n    sign = torch.ones_like(c)\n    for z in (a, b, c):\n        sign = sign * torch.where((z > 0) | (torch.remainder(torch.floor(z), 2.0) == 0), 1.0, -1.0)\n" +
        "    return sign * torch.exp(torch.lgamma(a) + torch.lgamma(b) - torch.lgamma(c))",
    ],
    ["_digammadiff", arrayHelper("_digammadiff", TORCH_MODULE)],
    ["_log1pmx", arrayHelper("_log1pmx", TORCH_MODULE)],
    ["_gammadensity", arrayHelper("_gammadensity", TORCH_MODULE)],
  ]),
  repeats: new Set(["Heaviside", "cbrt", "dsigmoid", "softplus", "gamma", "lowergamma", "uppergamma"]),
  // Tensors keep their dtype and device; numbers become tensors of the first input's dtype.
  convert: (inputs, params) => [
    ...inputs.map((a) => `${a} = torch.as_tensor(${a})`),
    ...params.map((p) => `${p} = torch.as_tensor(${p}, dtype=${inputs[0]}.dtype, device=${inputs[0]}.device)`),
  ],
  body: (lines) => [...lines],
  rows: TORCH_ROWS,
};

const JAX: PythonTable = {
  target: "jax",
  modules: [["jax"], ["jax.numpy", "jnp"], ["jax.scipy.special", "jsp"]],
  m: "jnp",
  nan: "jnp.nan",
  inf: "jnp.inf",
  functions: new Map<string, Template>([
    ...arrayFunctions("jnp"),
    ["cbrt", call("jnp.cbrt")],
    ["sigmoid", call("jax.nn.sigmoid")],
    ["dsigmoid", ([x]) => `jax.nn.sigmoid(${x}) * jax.nn.sigmoid(-${x})`],
    ["softplus", call("jax.nn.softplus")],
    ["erf", call("jsp.erf")],
    ["erfc", call("jsp.erfc")],
    ["erfinv", call("jsp.erfinv")],
    ["gamma", call("jsp.gamma")],
    ["loggamma", call("jsp.gammaln")],
    ["polygamma", call("jsp.polygamma")],
    ["beta", call("jsp.beta")],
    ["gammainc", call("jsp.gammainc")],
    ["gammaincc", call("jsp.gammaincc")],
    // gamma(s)*P(s, x) and gamma(s)*Q(s, x) for s > 0, where gamma is exp(gammaln): overflow past s = 171.6.
    ["lowergamma", ([s, x]) => `jsp.gammainc(${s}, ${x}) * jnp.exp(jsp.gammaln(${s}))`],
    ["uppergamma", ([s, x]) => `jsp.gammaincc(${s}, ${x}) * jnp.exp(jsp.gammaln(${s}))`],
    // erfcinv(x) = -ndtri(x/2)/sqrt(2): ndtri keeps the relative accuracy of a tiny x.
    ["erfcinv", ([x]) => `-jsp.ndtri(0.5 * ${x}) * 0.7071067811865476`],
    ["erfcx", viaHelper("_erfcx")],
    ["log1pmx", viaHelper("_log1pmx")],
    ["digammadiff", viaHelper("_digammadiff")],
    ["gammadensity", viaHelper("_gammadensity")],
  ]),
  helpers: new Map([
    ["_erfcx", arrayHelper("_erfcx", JAX_MODULE)],
    ["_log1pmx", arrayHelper("_log1pmx", JAX_MODULE)],
    ["_digammadiff", arrayHelper("_digammadiff", JAX_MODULE)],
    ["_gammadensity", arrayHelper("_gammadensity", JAX_MODULE)],
  ]),
  repeats: new Set(["Heaviside", "dsigmoid", "lowergamma", "uppergamma"]),
  convert: (inputs, params) => [...inputs, ...params].map((a) => `${a} = jnp.asarray(${a})`),
  body: (lines) => [...lines],
  rows: JAX_ROWS,
};

function pythonTarget(table: PythonTable): ExportTarget {
  return {
    name: table.target,
    style: "snake",
    reserved: new Set([...PYTHON_RESERVED, ...table.helpers.keys(), ...PYTHON_ROW_HELPERS]),
    atomicArgs: (fn) => table.repeats.has(fn),
    supports: (fn) => table.functions.has(fn),
    render: (functions: readonly ExportFunction[]) => renderPython(table, functions),
  };
}

export const numpyTarget = pythonTarget(NUMPY);
export const torchTarget = pythonTarget(TORCH);
export const jaxTarget = pythonTarget(JAX);
