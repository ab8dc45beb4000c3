/**
 * Numeric CSV tables for `neurogebra fit`, read with csv-parse (quoting, embedded commas and newlines, CRLF,
 * a byte-order mark: what `split(",")` gets wrong). The first row names the columns; every other cell must be
 * a number, and a bad cell or row is reported with its line number in the file.
 */
import { readFileSync } from "node:fs";
import { CsvError, parse } from "./csv-parse.js";
import { ArgumentError } from "../core/index.js";
import { parseNumber } from "./args.js";
import { UsageError } from "./errors.js";

export interface Table {
  readonly columns: readonly string[];
  /** Column name → values, in row order. */
  readonly data: ReadonlyMap<string, Float64Array>;
  readonly rows: number;
}

interface Row {
  record: string[];
  info: { lines: number };
}

export function readCsv(file: string): Table {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--data: cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  let rows: Row[];
  try {
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, trim: true }) as unknown as Row[];
  } catch (error) {
    if (error instanceof CsvError) throw new ArgumentError(`${file} line ${(error as CsvError & { lines?: number }).lines ?? "?"}: ${error.message}`);
    throw error;
  }
  if (rows.length === 0) throw new ArgumentError(`${file} is empty: expected a header row naming the columns, then rows of numbers.`);
  const [header, ...body] = rows as [Row, ...Row[]];
  const columns = header.record;
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate !== undefined) throw new ArgumentError(`${file} line ${header.info.lines}: the column '${duplicate}' is named twice.`);
  if (columns.some((c) => c === "")) throw new ArgumentError(`${file} line ${header.info.lines}: every column needs a name in the header row.`);
  if (body.length === 0) throw new ArgumentError(`${file} has a header but no data rows.`);
  const data = new Map(columns.map((c) => [c, new Float64Array(body.length)]));
  body.forEach(({ record, info }, r) => {
    if (record.length !== columns.length) throw new ArgumentError(`${file} line ${info.lines}: ${record.length} cells, but the header has ${columns.length} (${columns.join(", ")}).`);
    record.forEach((cell, c) => {
      let value: number;
      try {
        value = parseNumber(cell, columns[c]!);
      } catch {
        throw new ArgumentError(`${file} line ${info.lines}: column '${columns[c]}' is '${cell}', not a number.`);
      }
      data.get(columns[c]!)![r] = value;
    });
  });
  return { columns, data, rows: body.length };
}
