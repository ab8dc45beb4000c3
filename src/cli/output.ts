import { isAbsolute, relative, resolve } from "node:path";
import type { Writable } from "node:stream";

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "blue" | "cyan";

const ANSI: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  cyan: [36, 39],
};

/** Colour only for a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org). */
export function colourEnabled(stream: Writable = process.stdout): boolean {
  return (stream as Writable & { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
}

export function paint(style: Style, text: string, stream: Writable = process.stdout): string {
  if (!colourEnabled(stream)) return text;
  const [open, close] = ANSI[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

export function print(text = ""): void {
  process.stdout.write(`${text}\n`);
}

/** Machine-readable output: non-finite numbers become the strings "Infinity", "-Infinity" and "NaN". */
export function printJson(value: unknown): void {
  print(JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2));
}

/** Full precision (the shortest text that reads back as the same double). */
export function formatExact(v: number): string {
  return String(v);
}

/** Shortens text for a table cell; the full text is in --json and `show`. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A plain-text table; numbers are right-aligned by passing align "right" for their columns. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ("left" | "right")[] = []): string {
  // A loop, not Math.max(...rows): a spread of a million rows overflows the call stack.
  const widths = head.map((h) => h.length);
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (align[i] === "right" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A written file as a person would type it: relative when under the working directory, else absolute. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith("..") || isAbsolute(rel) ? resolve(file) : rel;
}
