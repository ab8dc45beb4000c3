/**
 * Module hooks that let Node load tfjs-core's ES-module build, only for its gradient definitions.
 * That build imports relative paths without extensions and lives in a package not marked as ESM, so each
 * extensionless import gets ".js" (or "/index.js") and each file is loaded as a module.
 */
const ESM_BUILD = "/@tensorflow/tfjs-core/dist/";
const NODE_BUNDLE = "tf-core.node.js";

export async function resolve(specifier, context, next) {
  if (!context.parentURL?.includes(ESM_BUILD) || !specifier.startsWith(".") || specifier.endsWith(".js")) return next(specifier, context);
  try {
    return await next(`${specifier}.js`, context);
  } catch {
    return next(`${specifier}/index.js`, context);
  }
}

export async function load(url, context, next) {
  if (url.includes(ESM_BUILD) && !url.endsWith(NODE_BUNDLE)) return next(url, { ...context, format: "module" });
  return next(url, context);
}
