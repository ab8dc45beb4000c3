/** Plain-text tables of a benchmark result, as printed to the terminal and pasted into BENCHMARKS.md. */
import { METHODS } from "./elementwise.js";
import { FLOAT32_METHODS } from "./float32.js";
import { EXP_HEAVY } from "./targets.js";
import { SCALAR_METHODS } from "./scalar.js";
import { VECTOR_METHODS } from "./vector.js";

/** Three significant digits, without exponent notation for the magnitudes printed here. */
const num = (v) => (v >= 100 ? v.toFixed(0) : v.toPrecision(3));
const times = (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(2)}x`;
const mark = (ok) => (ok ? "✓" : "✗");

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
function table(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function elementwiseTable(rows) {
  const header = ["function", ...METHODS.map((m) => `${m} ns`), "eval/hand", "compiled/hand", "js/hand", "mathjs/compiled", "tfjs/compiled"];
  const body = rows.map((r) => [
    r.kind === "value" ? r.name : `${r.name}'`,
    ...METHODS.map((m) => num(r.nsPerElement[m])),
    times(r.ratios.evalOverHand),
    `${times(r.ratios.compiledOverHand)} ${mark(r.ratios.compiledOverHand <= (EXP_HEAVY.has(r.name) ? 0.5 : 1.2))}`,
    `${times(r.ratios.jsOverHand)} ${mark(r.ratios.jsOverHand <= 1.2)}`,
    `${times(r.ratios.mathjsOverCompiled)} ${mark(r.ratios.mathjsOverCompiled >= 20)}`,
    `${times(r.ratios.tfjsOverCompiled)} ${mark(r.ratios.tfjsOverCompiled > 1)}`,
  ]);
  return table(header, body);
}

function float32Table(rows) {
  const header = ["function", ...FLOAT32_METHODS.map((m) => `${m === "tfjsWasm" ? "tfjs-wasm" : m} ns`), "eval/hand", "compiled/hand", "tfjs/compiled", "tfjs-wasm/compiled"];
  const body = rows.map((r) => [
    r.kind === "value" ? r.name : `${r.name}'`,
    ...FLOAT32_METHODS.map((m) => num(r.nsPerElement[m])),
    times(r.ratios.evalOverHand),
    `${times(r.ratios.compiledOverHand)} ${mark(r.ratios.compiledOverHand <= (EXP_HEAVY.has(r.name) ? 0.5 : 1.2))}`,
    `${times(r.ratios.tfjsOverCompiled)} ${mark(r.ratios.tfjsOverCompiled > 1)}`,
    `${times(r.ratios.tfjsWasmOverCompiled)} ${mark(r.ratios.tfjsWasmOverCompiled > 1)}`,
  ]);
  return table(header, body);
}

function scalarTable(rows) {
  const header = ["function", ...SCALAR_METHODS.map((m) => `${m} calls/s`)];
  return table(header, rows.map((r) => [r.name, ...SCALAR_METHODS.map((m) => `${(r.callsPerSecond[m] / 1e6).toFixed(2)}M`)]));
}

function symbolicTable(symbolic) {
  const header = ["entry", "neurogebra µs", "mathjs µs", "mathjs/neurogebra"];
  const body = symbolic.entries.map((e) => [
    e.name,
    num(e.neurogebraMs * 1000),
    e.mathjsMs === null ? `unsupported: ${e.mathjsUnsupported}` : num(e.mathjsMs * 1000),
    e.mathjsMs === null ? "-" : times(e.mathjsMs / e.neurogebraMs),
  ]);
  const shared = `all ${symbolic.sharedCount} shared`;
  body.push([`all ${symbolic.entries.length} entries`, num(symbolic.totalNeurogebraMs * 1000), "", ""]);
  body.push([shared, num(symbolic.sharedNeurogebraMs * 1000), num(symbolic.sharedMathjsMs * 1000), times(symbolic.sharedMathjsMs / symbolic.sharedNeurogebraMs)]);
  return table(header, body);
}

function vectorTable(rows) {
  const header = ["function", ...VECTOR_METHODS.map((m) => `${m} ns`), "rows/hand", "eval/hand", "tfjs/rows"];
  const body = rows.map((r) => [r.name, ...VECTOR_METHODS.map((m) => num(r.nsPerElement[m])), times(r.ratios.rowsOverHand), times(r.ratios.evalOverHand), times(r.ratios.tfjsOverRows)]);
  return table(header, body);
}

function coldStartTable(c) {
  return table(["step", "median ms"], [
    ["import dist/index.js (fresh process)", num(c.importMs)],
    ["new MathForge() (fresh process)", num(c.newMathForgeMs)],
    ["new MathForge() (warm)", num(c.warmNewMathForgeMs)],
  ]);
}

function targetsList(targets) {
  return targets.map((t) => `${mark(t.met)} ${t.target}: worst ${t.worst}${t.met ? "" : ` — MISSED on ${t.misses.join(", ")}`}`).join("\n");
}

export function formatReport(result) {
  const { machine, sizes } = result;
  return [
    `neurogebra benchmarks — node ${machine.node}, ${machine.cpu} (${machine.cores} cores), ${machine.date}${machine.smoke ? " — SMOKE RUN, numbers meaningless" : ""}`,
    "",
    `Elementwise, median ns per element (${sizes.compiled} doubles in [-10, 10]; mathjs on ${sizes.mathjs}; TF.js float32). f' is the gradient.`,
    elementwiseTable(result.elementwise),
    "",
    `Elementwise over float32, median ns per element (the same ${sizes.compiled} values as float32; dtype "float32"; the hand-written loops over Float32Arrays)`,
    float32Table(result.float32),
    "",
    "Scalar calls per second (median)",
    scalarTable(result.scalar),
    "",
    "Symbolic: parse + differentiate + simplify, per catalog entry (median)",
    symbolicTable(result.symbolic),
    "",
    `Along the last axis, median ns per element of a [${result.vector[0].shape.join(", ")}] batch (TF.js float32)`,
    vectorTable(result.vector),
    "",
    "Cold start",
    coldStartTable(result.coldStart),
    "",
    "Targets",
    targetsList(result.targets),
  ].join("\n");
}
