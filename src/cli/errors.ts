import { CommanderError } from "./commander.js";

/** A mistake in how the command was called (exit code 2), as opposed to a bad formula or name (exit code 1). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** What the user sees of an error: its message (never a stack), a stable code for --json, and the exit code. */
export interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly exitCode: number;
}

/** Node's file errors in words: the message alone names the path but not what to do. */
const FILE_ERRORS: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "the folder does not exist"],
  ["ENOTDIR", "a part of the path is not a folder"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EISDIR", "it is a folder"],
  ["EROFS", "the file system is read-only"],
  ["ENOSPC", "no space left on the device"],
]);

export function errorReport(error: unknown): ErrorReport {
  if (error instanceof CommanderError) {
    // commander's messages start with "error: ", which the report adds back where it prints.
    return { code: "USAGE", message: error.message.replace(/^error: /, ""), exitCode: error.exitCode === 0 ? EXIT_OK : EXIT_USAGE };
  }
  if (error instanceof UsageError) return { code: "USAGE", message: error.message, exitCode: EXIT_USAGE };
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown; message?: unknown };
  if (typeof e.code === "string" && typeof e.path === "string" && typeof e.syscall === "string") {
    const reason = FILE_ERRORS.get(e.code) ?? (typeof e.message === "string" ? e.message : e.code);
    return { code: "FILE_ERROR", message: `cannot ${e.syscall === "open" ? "write" : e.syscall} ${e.path}: ${reason}.`, exitCode: EXIT_BAD_INPUT };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: typeof e.code === "string" ? e.code : "ERROR", message, exitCode: EXIT_BAD_INPUT };
}
