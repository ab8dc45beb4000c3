// csv-parse's synchronous parser, and the only module that imports csv-parse: the published package ships this
// module as a bundle with csv-parse inlined (scripts/build.js); loaded only by `neurogebra fit`, through csv.ts.
export { CsvError, parse } from "csv-parse/sync";
