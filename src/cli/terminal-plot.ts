import type { Expression } from "../forge/index.js";
import { paint } from "./output.js";
import { sampleCurve } from "../plot/sampling.js";

/** Columns of a chart: one sample per column. */
const WIDTH = 61;
/** The value labels' width, so that the x axis line below can be aligned under the plot area. */
const LABEL = 9;

type Colour = "blue" | "red" | undefined;

/**
 * A line chart of box characters, one column per sample (the drawing of asciichart, which joins every pair
 * of neighbours): here the line stops at a NaN sample and where `breaks[i]` separates sample i from i + 1.
 */
function lineChart(values: Float64Array, breaks: readonly boolean[], height: number, colour: Colour): string[] {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) if (!Number.isNaN(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  const range = max - min;
  const ratio = range !== 0 ? height / range : 1;
  const [min2, max2] = [Math.round(min * ratio), Math.round(max * ratio)];
  const rows = max2 - min2;
  const grid = Array.from({ length: rows + 1 }, () => Array.from({ length: values.length }, () => " "));
  const axis: string[] = Array.from({ length: rows + 1 }, (_, r) => (max2 - r === 0 ? "┼" : "┤"));
  const level = (v: number) => Math.round(v * ratio) - min2;
  const put = (y: number, x: number, char: string) => (grid[rows - y]![x] = colour ? paint(colour, char) : char);
  if (!Number.isNaN(values[0]!)) axis[rows - level(values[0]!)] = colour ? paint(colour, "┼") : "┼";
  for (let x = 0; x < values.length - 1; x++) {
    const [d0, d1] = [values[x]!, values[x + 1]!];
    const [y0, y1] = [level(d0), level(d1)];
    if (Number.isNaN(d0) && Number.isNaN(d1)) continue;
    if (Number.isNaN(d0)) put(y1, x, "╶");
    else if (Number.isNaN(d1)) put(y0, x, "╴");
    else if (breaks[x]) {
      put(y0, x, "╴");
      put(y1, x, y0 === y1 ? "─" : "╶");
    } else if (y0 === y1) put(y0, x, "─");
    else {
      put(y1, x, y0 > y1 ? "╰" : "╭");
      put(y0, x, y0 > y1 ? "╮" : "╯");
      for (let y = Math.min(y0, y1) + 1; y < Math.max(y0, y1); y++) put(y, x, "│");
    }
  }
  return grid.map((cells, r) => {
    const value = rows > 0 ? max - (r * range) / rows : max;
    return `${value.toFixed(2).padStart(LABEL - 1)} ${axis[r]}${cells.join("")}`;
  });
}

function chart(title: string, expression: Expression, variable: string, [a, b]: [number, number], height: number, colour: Colour): string {
  const { ys, breaks } = sampleCurve(expression, variable, [a, b], WIDTH);
  const left = `${variable} = ${a}`;
  const right = `${variable} = ${b}`;
  const axis = `${" ".repeat(LABEL + 1)}${left}${right.padStart(WIDTH - left.length)}`;
  const body = ys.some((y) => !Number.isNaN(y)) ? lineChart(ys, breaks, height, colour) : [`${" ".repeat(LABEL + 1)}(no finite value)`];
  return [paint("bold", title), ...body, axis].join("\n");
}

/**
 * The function and its derivative on [a, b], as two small charts: stacked rather than overlaid, so they
 * stay apart without colour. Non-finite samples are left undrawn, and the line breaks at poles.
 */
export function terminalPlot(expression: Expression, variable: string, range: [number, number] = [-5, 5], height = 8, colour = false): string {
  const name = `${expression.name}(${variable})`;
  return [
    chart(name, expression, variable, range, height, colour ? "blue" : undefined),
    chart(`d/d${variable} ${name}`, expression.gradient(variable), variable, range, height, colour ? "red" : undefined),
  ].join("\n\n");
}
