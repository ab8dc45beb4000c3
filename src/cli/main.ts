#!/usr/bin/env node
/**
 * The neurogebra command. Only commander loads up front: each action imports its command module (and
 * through it the library) when it runs, so `--help` and usage errors answer at once.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "./commander.js";
import { EXIT_OK, EXIT_USAGE, errorReport } from "./errors.js";

const argv = process.argv.slice(2);
/** Under --json a program reads stdout: every error, commander's own included, comes as JSON there. */
const jsonMode = argv.includes("--json");
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const program = new Command("neurogebra")
  .description("Executable math formulas for machine learning: explore, evaluate, differentiate and plot the catalog.")
  .version(version, "-V, --version", "print the version")
  .exitOverride()
  .showHelpAfterError("(add --help for usage)")
  // Under --json commander's text is replaced by the JSON error that main() writes.
  .configureOutput({
    writeErr: (text) => (jsonMode ? undefined : process.stderr.write(text)),
    outputError: (text, write) => (jsonMode ? undefined : write(text)),
  });

const json = () => new Option("--json", "print machine-readable JSON");

program
  .command("tour")
  .description("walk through the activation-functions tutorial with real outputs, and write a plot")
  .option("--out <file>", "where to write the plot (.svg or .png; default: a new folder in the temporary directory)")
  .addOption(json())
  .action(async (options: { out?: string; json?: boolean }) => (await import("./commands/tour.js")).tourCommand(options));

program
  .command("list")
  .description("list the catalog")
  .option("--category <category>", "only this category (activation, loss, ...)")
  .addOption(json())
  .action(async (options: { category?: string; json?: boolean }) => (await import("./commands/catalog.js")).listCommand(options));

program
  .command("search")
  .description("find formulas by name, alias, description or usage")
  .argument("<words...>", "words to look for (entries matching more of them first)")
  .addOption(json())
  .action(async (words: string[], options: { json?: boolean }) => (await import("./commands/catalog.js")).searchCommand(words.join(" "), options));

program
  .command("show")
  .description("formula, LaTeX, parameters, documentation, derivative and a terminal plot of a catalog entry")
  .argument("<name>", "catalog name")
  .addOption(json())
  .action(async (name: string, options: { json?: boolean }) => (await import("./commands/show.js")).showCommand(name, options));

program
  .command("eval")
  .description("evaluate a catalog entry or a formula")
  .argument("<name-or-formula>", "a catalog name (relu) or a formula (\"x*sigmoid(2*x)\")")
  .argument("[assignments...]", "x=VALUE (several, 1,2,3 lists or start:stop:step ranges) and param=VALUE")
  .addOption(json())
  .addHelpText("after", "\nExamples:\n  neurogebra eval relu x=-2:2:1\n  neurogebra eval leaky_relu x=-5 alpha=0.2\n  neurogebra eval \"x*y\" x=1,2 y=3")
  .action(async (target: string, assignments: string[], options: { json?: boolean }) =>
    (await import("./commands/evaluate.js")).evalCommand(target, assignments, options));

program
  .command("grad")
  .description("the derivative of a catalog entry or a formula, and its values")
  .argument("<name-or-formula>", "a catalog name or a formula")
  .argument("[assignments...]", "x=VALUE (lists and start:stop:step ranges) and param=VALUE")
  .option("--var <name>", "differentiate with respect to this input or parameter (default: the first input)")
  .addOption(json())
  .action(async (target: string, assignments: string[], options: { var?: string; json?: boolean }) =>
    (await import("./commands/evaluate.js")).gradCommand(target, assignments, options));

program
  .command("compare")
  .description("values and first derivatives side by side at one point")
  .argument("[names...]", "catalog names (default: relu sigmoid tanh leaky_relu swish gelu softplus)")
  .option("--at <x>", "the input value", "1")
  .addOption(json())
  .action(async (names: string[], options: { at: string; json?: boolean }) => (await import("./commands/compare.js")).compareCommand(names, options));

program
  .command("explain")
  .description("a text explanation of a catalog entry or a formula")
  .argument("<name-or-formula>", "a catalog name or a formula")
  .addOption(new Option("--level <level>", "how much to say").choices(["beginner", "intermediate", "advanced"]).default("beginner"))
  .addOption(json())
  .action(async (target: string, options: { level: "beginner" | "intermediate" | "advanced"; json?: boolean }) =>
    (await import("./commands/explain.js")).explainCommand(target, options));

program
  .command("plot")
  .description("draw catalog entries or formulas into an SVG or PNG chart")
  .argument("<names-or-formulas...>", "catalog names or formulas of one input")
  .option("--out <file>", "output file, .svg or .png (default: plot.svg in a new folder in the temporary directory)")
  .option("--var <name>", "the input along the horizontal axis (default: the formula's only input; other inputs need --params)")
  .option("--range <a,b>", "the input interval", "-5,5")
  .option("--grad", "also draw the first derivatives, in a second panel")
  .option("--params <list>", "parameter values, and values of inputs held fixed (mu=0,sigma=2 or y=0.5)")
  .addOption(json())
  .action(async (targets: string[], options: { out?: string; var?: string; range: string; grad?: boolean; json?: boolean; params?: string }) =>
    (await import("./commands/plot.js")).plotCommand(targets, options));

program
  .command("export")
  .description("a catalog entry or a formula as NumPy, PyTorch, JAX, TensorFlow.js, JavaScript or C source")
  .argument("<name-or-formula>", "a catalog name or a formula")
  .addOption(new Option("--to <target>", "the language").choices(["numpy", "torch", "jax", "tfjs", "js", "c"]).makeOptionMandatory())
  .option("--grad", "also export the derivative in every input")
  .option("--no-stable", "print the formula as written instead of the stabilized form")
  .option("--out <file>", "write the text to this file instead of standard output")
  .addOption(json())
  .addHelpText("after", "\nExamples:\n  neurogebra export gelu --to torch\n  neurogebra export leaky_relu --to c --grad --out leaky_relu.c")
  .action(async (target: string, options: import("./commands/export.js").ExportCommandOptions) => (await import("./commands/export.js")).exportCommand(target, options));

program
  .command("fit")
  .description("fit a formula's parameters to the columns of a CSV file (Levenberg–Marquardt or a first-order optimizer)")
  .argument("<formula>", "a formula (\"b1*(1 - exp(-b2*x))\"; symbols that are not columns are parameters) or a catalog name")
  .requiredOption("--data <file.csv>", "the data: a header row naming the columns, then rows of numbers")
  .option("--x <column>", "the column read as the input x (default: x, else the first column besides the target)")
  .option("--y <column>", "the target column (default: y, else the last column)")
  .option("--start <values>", "start values, b1=500,b2=1e-4 (default 1, or the catalog's defaults)")
  .addOption(new Option("--method <method>", "lm (least squares) or a first-order optimizer").choices(["lm", "adam", "adamw", "sgd", "momentum", "nesterov", "rmsprop"]).default("lm"))
  .option("--learning-rate <rate>", "step size of the first-order optimizers")
  .option("--max-iterations <n>", "most evaluations (lm) or optimizer steps")
  .option("--plot <file>", "also draw the data and the fitted curve (.svg or .png)")
  .addOption(json())
  .addHelpText("after", "\nExamples:\n  neurogebra fit \"b1*(1 - exp(-b2*x))\" --data misra1a.csv --start b1=500,b2=1e-4\n  neurogebra fit prelu --data points.csv --method adam --learning-rate 0.01 --plot fit.svg")
  .action(async (formula: string, options: import("./commands/fit.js").FitCommandOptions) => (await import("./commands/fit.js")).fitCommand(formula, options));

/** Exit codes: 0 success, 2 usage error, 1 bad formula or name (the library's message, never a stack trace). */
async function main(): Promise<number> {
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT_OK;
  } catch (error) {
    const report = errorReport(error);
    // commander has already printed its own message (unknown option, missing argument, help, version) unless under --json.
    if (error instanceof CommanderError && (!jsonMode || report.exitCode === EXIT_OK)) return report.exitCode;
    if (jsonMode) {
      process.stdout.write(`${JSON.stringify({ error: { code: report.code, message: report.message } }, null, 2)}\n`);
      return report.exitCode;
    }
    const { paint } = await import("./output.js");
    const label = paint("red", "error:", process.stderr);
    process.stderr.write(`${label} ${report.message}\n${report.exitCode === EXIT_USAGE ? "(add --help for usage)\n" : ""}`);
    return report.exitCode;
  }
}

// A reader that stops early (`neurogebra list | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT_OK);
  throw error;
});

process.exitCode = await main();
