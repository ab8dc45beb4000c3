/**
 * TensorFlow.js with its pure-JavaScript CPU backend and its WebAssembly backend (XNNPACK, SIMD where the
 * runtime has it), set up as a user would for speed (production mode).
 * tfjs-core's Node bundle ships no gradient definitions (the @tensorflow/tfjs umbrella package registers
 * them from the ES-module build), so tf.grad would fail; we register them the same way, through tf-hooks.js.
 * tfjs keeps its engine and registries on the global object, so both builds share them.
 */
import { register } from "node:module";

export async function loadTf() {
  register("./tf-hooks.js", import.meta.url);
  const tf = await import("@tensorflow/tfjs-core");
  await import("@tensorflow/tfjs-backend-cpu");
  await import("@tensorflow/tfjs-backend-wasm");
  await import("@tensorflow/tfjs-core/dist/register_all_gradients.js");
  // Production mode skips debug checks; it also silences the "install tfjs-node" banner on first use.
  tf.enableProdMode();
  // Both backends initialized once, so that onBackend can switch between them synchronously.
  await tf.setBackend("wasm");
  await tf.setBackend("cpu");
  return tf;
}

/**
 * fn run with TF.js's `backend` active. setBackend is async, but once a backend is initialized it switches
 * before its first await, so the switch is synchronous here (checked).
 */
export function onBackend(tf, backend, fn) {
  const previous = tf.getBackend();
  void tf.setBackend(backend);
  if (tf.getBackend() !== backend) throw new Error(`TF.js did not switch to its ${backend} backend synchronously.`);
  try {
    return fn();
  } finally {
    void tf.setBackend(previous);
  }
}
