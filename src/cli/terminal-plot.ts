import * as asciichart from "asciichart";
import type { Expression } from "../forge/index.js";
import { colourEnabled, paint } from "./output.js";

/** Columns of a chart: one sample per column. */
const WIDTH = 61;
/** The value labels' width, so that the x axis line below can be aligned under the plot area. */
const LABEL = 9;

function chart(title: string, values: number[], colour: string | undefined, [a, b]: [number, number], variable: string, height: number): string {
  const body = asciichart.plot(values, {
    height,
    colors: colour ? [colour] : [],
    format: (v) => v.toFixed(2).padStart(LABEL - 1),
  });
  const left = `${variable} = ${a}`;
  const right = `${variable} = ${b}`;
  const axis = `${" ".repeat(LABEL + 1)}${left}${right.padStart(WIDTH - left.length)}`;
  return [paint("bold", title), body, axis].join("\n");
}

/**
 * The function and its derivative on [a, b], as two small charts (box characters, asciichart): stacked
 * rather than overlaid, so they stay apart without colour. Non-finite samples are left undrawn.
 */
export function terminalPlot(expression: Expression, variable: string, range: [number, number] = [-5, 5], height = 8): string {
  const [a, b] = range;
  const xs = Float64Array.from({ length: WIDTH }, (_, i) => a + ((b - a) * i) / (WIDTH - 1));
  const sample = (e: Expression) => Array.from(e.eval({ [variable]: xs }) as Float64Array, (v) => (Number.isFinite(v) ? v : NaN));
  const colour = colourEnabled();
  const name = `${expression.name}(${variable})`;
  return [
    chart(name, sample(expression), colour ? asciichart.blue : undefined, range, variable, height),
    chart(`d/d${variable} ${name}`, sample(expression.gradient(variable)), colour ? asciichart.red : undefined, range, variable, height),
  ].join("\n\n");
}
