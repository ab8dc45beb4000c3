/**
 * Charts to files: the plot API's SVG (neurogebra/plot), and PNG as that SVG rasterised by resvg. Loaded only
 * by the commands that draw, since vega is the heaviest dependency.
 */
import { writeFile } from "node:fs/promises";
import { Resvg } from "@resvg/resvg-js";
import type { TopLevelSpec } from "vega-lite";
import { toSvg } from "../plot/index.js";
import { chartFormat } from "./args.js";

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });
  return resvg.render().asPng();
}

/** Renders a chart spec (from `plot`) and writes it; the format follows the file's extension. Returns the bytes written. */
export async function writeChart(file: string, spec: TopLevelSpec): Promise<number> {
  const format = chartFormat(file);
  const svg = await toSvg(spec);
  const data = format === "svg" ? Buffer.from(svg, "utf8") : svgToPng(svg);
  await writeFile(file, data);
  return data.length;
}
