/**
 * The activation-functions tutorial, run for real: every number printed here is computed by the library
 * when the command runs (test/cli checks them against the library).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Expression, TUTORIAL_ACTIVATIONS, formatValue } from "../../forge/index.js";
import { plot } from "../../plot/index.js";
import { checkOutFile } from "../args.js";
import { displayPath, paint, print, printJson, table } from "../output.js";
import { writeChart } from "../plot.js";
import { forge } from "../target.js";

export interface Point {
  x: number;
  value: number;
}

/** Each tutorial activation at the points the tutorial evaluates it. */
const TUTORIAL_POINTS: readonly { name: string; params?: Record<string, number>; at: readonly number[] }[] = [
  { name: "sigmoid", at: [0, 10, -10] },
  { name: "tanh", at: [0, 5, -5] },
  { name: "leaky_relu", at: [-5, 0, 5] },
  { name: "leaky_relu", params: { alpha: 0.2 }, at: [-5, 0, 5] },
  { name: "swish", at: [5, -5, 0] },
  { name: "gelu", at: [1, -1, 0] },
  { name: "softplus", at: [0, 5, -5] },
];

const GRID = [-2, -1, 0, 1, 2] as const;
const CUSTOM_FORMULA = "x * sigmoid(2*x)";

export interface TourData {
  catalog: string[];
  relu: { formula: string; latex: string; values: Point[]; description: string; pros: string[]; cons: string[] };
  activations: { name: string; params: Record<string, number>; formula: string; values: Point[] }[];
  compare: { at: number; rows: { name: string; value: number; gradient: number }[] };
  gradients: { at: number[]; rows: { name: string; derivative: string; values: number[] }[] };
  /** The exercises run over every activation of the catalog, not only the tutorial's seven. */
  exercises: {
    values: { at: number[]; rows: { name: string; values: number[] }[] };
    largestAt1: { name: string; value: number };
    largestGradientAt0: { name: string; gradient: number };
    custom: { name: string; formula: string; values: Point[]; derivative: string; gradients: Point[] };
  };
}

const at = (e: Expression, xs: readonly number[]): Point[] => xs.map((x) => ({ x, value: e.eval({ x }) as number }));

function argmax<T>(items: readonly T[], key: (item: T) => number): T {
  return items.reduce((best, item) => (key(item) > key(best) ? item : best));
}

export function computeTour(): TourData {
  const f = forge();
  const relu = f.get("relu");
  const names = [...TUTORIAL_ACTIVATIONS];
  const compareRows = f.compareValues(names, 1);
  const everyActivation = f.listAll({ category: "activation" });
  const allAt1 = f.compareValues(everyActivation, 1);
  const allAt0 = f.compareValues(everyActivation, 0);
  const custom = new Expression("my_act", CUSTOM_FORMULA);
  const customGrad = custom.gradient("x");
  return {
    catalog: f.listAll({ category: "activation" }),
    relu: {
      formula: relu.toString(),
      latex: relu.latex,
      values: at(relu, [5, -3, 0]),
      description: relu.metadata.description ?? "",
      pros: [...(relu.metadata.pros ?? [])],
      cons: [...(relu.metadata.cons ?? [])],
    },
    activations: TUTORIAL_POINTS.map(({ name, params = {}, at: xs }) => {
      const e = f.get(name, { params });
      return { name, params: e.params, formula: e.toString(), values: at(e, xs) };
    }),
    compare: { at: 1, rows: compareRows },
    gradients: {
      at: [...GRID],
      rows: names.map((name) => {
        const d = f.get(name).gradient("x");
        return { name, derivative: d.toString(), values: GRID.map((x) => d.eval({ x }) as number) };
      }),
    },
    exercises: {
      values: { at: [...GRID], rows: everyActivation.map((name) => ({ name, values: GRID.map((x) => f.get(name).eval({ x }) as number) })) },
      largestAt1: (({ name, value }) => ({ name, value }))(argmax(allAt1, (r) => r.value)),
      largestGradientAt0: (({ name, gradient }) => ({ name, gradient }))(argmax(allAt0, (r) => r.gradient)),
      custom: { name: custom.name, formula: custom.toString(), values: at(custom, [-1, 0, 1]), derivative: customGrad.toString(), gradients: at(customGrad, [-1, 0, 1]) },
    },
  };
}

function render(t: TourData, plot: string): void {
  let step = 0;
  const heading = (title: string) => {
    print();
    print(paint("bold", paint("cyan", `${++step}. ${title}`)));
  };
  const code = (text: string) => print(paint("dim", `> ${text}`));
  const points = (name: string, ps: readonly Point[]) => ps.map((p) => `${name}(${p.x}) = ${formatValue(p.value)}`).join("   ");
  const grid = (rows: readonly { name: string; values: readonly number[] }[], cell: (x: number) => string) =>
    table(["", ...GRID.map(cell)], rows.map((r) => [r.name, ...r.values.map(formatValue)]), ["left", ...GRID.map(() => "right" as const)]);

  print(paint("bold", "neurogebra tour: activation functions, computed live"));

  heading("The catalog");
  code('forge.listAll({ category: "activation" })');
  print(`${t.catalog.length} activations: ${t.catalog.join(", ")}`);

  heading("ReLU");
  code('const relu = forge.get("relu")');
  print(`formula: ${t.relu.formula}        LaTeX: ${t.relu.latex}`);
  print(points("relu", t.relu.values));
  print(`description: ${t.relu.description}`);
  print(`pros: ${t.relu.pros.join("; ")}`);
  print(`cons: ${t.relu.cons.join("; ")}`);

  heading("The other activations");
  for (const a of t.activations) {
    const params = Object.entries(a.params).map(([p, v]) => `${p} = ${v}`).join(", ");
    print(`${paint("bold", a.name)}${params ? ` (${params})` : ""}: ${a.formula}`);
    print(`  ${points(a.name, a.values)}`);
  }

  heading("Side by side at x = 1.0");
  code(`forge.compare([${TUTORIAL_ACTIVATIONS.map((n) => `"${n}"`).join(", ")}], { at: 1 })`);
  print(forge().compare(TUTORIAL_ACTIVATIONS, { at: t.compare.at }));

  heading("Gradients");
  code('forge.get("sigmoid").gradient("x")');
  for (const r of t.gradients.rows) print(`d/dx ${r.name.padEnd(10)} = ${r.derivative}`);
  print();
  print(grid(t.gradients.rows, (x) => `f'(${x})`));

  heading("Exercises");
  const rows = t.exercises.values.rows;
  print(`a. Every activation (all ${rows.length}) at x = -2, -1, 0, 1, 2:`);
  code('forge.listAll({ category: "activation" }).map((name) => [-2, -1, 0, 1, 2].map((x) => forge.get(name).eval(x)))');
  print(grid(rows, (x) => `f(${x})`));
  const { largestAt1: big, largestGradientAt0: steep, custom } = t.exercises;
  print(`b. Largest at x = 1, of all ${rows.length}: ${paint("bold", big.name)} (${formatValue(big.value)})`);
  print(`c. Largest gradient at x = 0, of all ${rows.length}: ${paint("bold", steep.name)} (${formatValue(steep.gradient)})`);
  print(`d. A custom activation:`);
  code(`const myAct = new Expression("${custom.name}", "${CUSTOM_FORMULA}")`);
  print(`   ${custom.name}(x) = ${custom.formula}`);
  print(`   ${points(custom.name, custom.values)}`);
  print(`   d/dx ${custom.name} = ${custom.derivative}`);
  print(`   ${points(`${custom.name}'`, custom.gradients)}`);

  print();
  print(`${paint("green", "Plot written to")} ${plot} (the seven activations and their derivatives on [-5, 5]).`);
}

export async function tourCommand(options: { out?: string; json?: boolean }): Promise<void> {
  if (options.out !== undefined) checkOutFile(options.out);
  const data = computeTour();
  const f = forge();
  const expressions = TUTORIAL_ACTIVATIONS.map((name) => f.get(name));
  // Without --out the chart goes to a new folder in the temporary directory: a tour leaves the working tree clean.
  const out = options.out ?? join(mkdtempSync(join(tmpdir(), "neurogebra-tour-")), "activations.svg");
  await writeChart(out, plot(expressions, { range: [-5, 5], gradient: true, title: "Activation functions and their derivatives" }));
  if (options.json) printJson({ ...data, plot: resolve(out) });
  else render(data, displayPath(out));
}
