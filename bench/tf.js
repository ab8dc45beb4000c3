/**
 * TensorFlow.js with its pure-JavaScript CPU backend, set up as a user would for speed (production mode).
 * tfjs-core's Node bundle ships no gradient definitions (the @tensorflow/tfjs umbrella package registers
 * them from the ES-module build), so tf.grad would fail; we register them the same way, through tf-hooks.js.
 * tfjs keeps its engine and registries on the global object, so both builds share them.
 */
import { register } from "node:module";

export async function loadTf() {
  register("./tf-hooks.js", import.meta.url);
  const tf = await import("@tensorflow/tfjs-core");
  await import("@tensorflow/tfjs-backend-cpu");
  await import("@tensorflow/tfjs-core/dist/register_all_gradients.js");
  // Production mode skips debug checks; it also silences the "install tfjs-node" banner on first use.
  tf.enableProdMode();
  await tf.setBackend("cpu");
  return tf;
}
