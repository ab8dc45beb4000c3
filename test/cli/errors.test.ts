// How the command reports errors: a message for people, a stable code for --json, and the exit code.
import { writeFileSync } from "node:fs";
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/index.js";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, errorReport } from "../../src/cli/errors.js";

const fileError = (write: () => void): unknown => {
  try {
    write();
  } catch (error) {
    return error;
  }
  throw new Error("expected the write to fail");
};

describe("errorReport", () => {
  it("turns Node's file errors into one line naming the file and the reason", () => {
    const missing = fileError(() => writeFileSync("/no/such/folder/chart.svg", ""));
    expect(errorReport(missing)).toEqual({ code: "FILE_ERROR", message: "cannot write /no/such/folder/chart.svg: the folder does not exist.", exitCode: EXIT_BAD_INPUT });
    const denied = Object.assign(new Error("EACCES: permission denied, open '/root/x.svg'"), { code: "EACCES", path: "/root/x.svg", syscall: "open" });
    expect(errorReport(denied).message).toBe("cannot write /root/x.svg: permission denied.");
  });

  it("keeps the library's codes and maps usage errors, commander's included, to exit code 2", () => {
    expect(errorReport(new ArgumentError("bad"))).toEqual({ code: "BAD_ARGUMENT", message: "bad", exitCode: EXIT_BAD_INPUT });
    expect(errorReport(new UsageError("x: 'a' is not a number"))).toMatchObject({ code: "USAGE", exitCode: EXIT_USAGE });
    expect(errorReport(new CommanderError(1, "commander.unknownOption", "error: unknown option '--x'"))).toEqual({ code: "USAGE", message: "unknown option '--x'", exitCode: EXIT_USAGE });
    expect(errorReport(new CommanderError(0, "commander.version", "0.1.0")).exitCode).toBe(EXIT_OK);
    expect(errorReport("odd")).toEqual({ code: "ERROR", message: "odd", exitCode: EXIT_BAD_INPUT });
  });
});
