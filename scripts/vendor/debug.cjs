// Stands in for the `debug` package in the library's bundles: stdlib-js's polygamma logs through it, and only
// a developer who enables DEBUG would see those lines. A logger that says nothing keeps ~5 kB out of the bundle.
/* global module -- a CommonJS module, which the ESLint config (ES modules) does not know */
module.exports = function logger() {
  return function debug() {};
};
