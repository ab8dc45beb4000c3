/**
 * Worker threads for long arrays: bit-identical to one thread, never started for short arrays or cheap
 * kernels under "auto", stopped by shutdownThreads, never keeping a process alive, and a quiet fallback to
 * one thread when workers cannot start or never answer.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  ArgumentError, MAX_AUTO_THREADS, MathForge, THREADS_MIN_LENGTH, type WorkerHost, compile, installWorkerHost, parse, shutdownThreads, threadPoolSize,
} from "../../src/index.js";
import { installNodeThreads, nodeWorkerHost } from "../../src/threads/node.js";

const forge = new MathForge();
const N = THREADS_MIN_LENGTH + 3;
const xs = Float64Array.from({ length: N }, (_, i) => 30 * Math.sin(i * 0.37) * Math.cos(i * 1e-5));
const ys = Float64Array.from({ length: N }, (_, i) => 0.5 + 0.49 * Math.sin(i * 0.11));

/** Bit-for-bit equality, NaN and -0 included, reported at the first difference. */
function expectSameBits(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) expect(`${what} at ${i}: ${a[i]}`).toBe(`${what} at ${i}: ${b[i]}`);
}

afterEach(() => installNodeThreads());
afterAll(() => installWorkerHost(undefined));

describe("worker threads (Node)", () => {
  it("give bit-identical results to one thread, for values and gradients, parameters, broadcast numbers and float32", () => {
    installNodeThreads();
    for (const name of ["sigmoid", "gelu_erf", "mish", "selu"]) {
      for (const expr of [forge.get(name), forge.get(name).gradient("x")]) {
        expectSameBits(expr.eval(xs, { threads: 2 }), expr.eval(xs, { threads: 1 }), expr.name);
        expectSameBits(expr.eval(Float32Array.from(xs), { threads: 2, dtype: "float32" }), expr.eval(Float32Array.from(xs), { threads: 1, dtype: "float32" }), `${expr.name} float32`);
      }
    }
    const bce = forge.get("binary_crossentropy");
    expectSameBits(bce.eval({ y_pred: ys, y_true: 0.3 }, { threads: 2 }), bce.eval({ y_pred: ys, y_true: 0.3 }, { threads: 1 }), "bce");
    const f = compile(parse("alpha*x*sigmoid(y)"), { inputs: ["x", "y"], params: ["alpha"] });
    expectSameBits(f.map([xs, ys], [1.5], undefined, { threads: 3 }), f.map([xs, ys], [1.5], undefined, { threads: 1 }), "two arrays");
    expect(threadPoolSize()).toBeGreaterThanOrEqual(1);
  });

  it("short arrays and cheap kernels under \"auto\" never start a thread; costly ones do", () => {
    installNodeThreads();
    expect(threadPoolSize()).toBe(0);
    forge.get("sigmoid").eval(xs.subarray(0, THREADS_MIN_LENGTH - 1), { threads: 2 });
    forge.get("relu").eval(xs);
    expect(threadPoolSize()).toBe(0);
    forge.get("sigmoid").eval(xs);
    expect(threadPoolSize()).toBe(Math.min(nodeWorkerHost.cores, 8) - 1);
  });

  it("shutdownThreads stops the pool, and the next long call starts it again", () => {
    installNodeThreads();
    const gelu = forge.get("gelu");
    const before = gelu.eval(xs, { threads: 2 });
    expect(threadPoolSize()).toBe(1);
    shutdownThreads();
    expect(threadPoolSize()).toBe(0);
    expectSameBits(gelu.eval(xs, { threads: 2 }), before, "gelu after a restart");
    expect(threadPoolSize()).toBe(1);
  });

  it("an idle pool does not keep the process alive", async () => {
    const root = join(import.meta.dirname, "..", "..");
    const script = [
      'import { MathForge, THREADS_MIN_LENGTH, threadPoolSize } from "./dist/node.js";',
      "const y = new MathForge().get('sigmoid').eval(new Float64Array(THREADS_MIN_LENGTH).fill(1), { threads: 2 });",
      "console.log(threadPoolSize(), y[0]);",
    ].join("\n");
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: root, timeout: 20_000 });
    expect(stdout.trim()).toBe(`1 ${1 / (1 + Math.exp(-1))}`);
  }, 30_000);
});

describe("when workers cannot help", () => {
  const sigmoid = forge.get("sigmoid");
  const want = () => sigmoid.eval(xs, { threads: 1 });

  it("a host that cannot start workers: one thread, no error", () => {
    const failing: WorkerHost = {
      cores: 4,
      spawn() {
        throw new Error("no threads here");
      },
    };
    installWorkerHost(failing);
    expectSameBits(sigmoid.eval(xs, { threads: 4 }), want(), "sigmoid");
    expect(threadPoolSize()).toBe(0);
  });

  it("workers that never run: the caller computes every block, without waiting", () => {
    const silent: WorkerHost = { cores: 4, spawn: () => ({ post() {}, terminate() {} }) };
    installWorkerHost(silent);
    expectSameBits(sigmoid.eval(xs, { threads: 4 }), want(), "sigmoid");
    expect(threadPoolSize()).toBe(3);
  });

  it("\"auto\" uses the host's cores, at most MAX_AUTO_THREADS", () => {
    installWorkerHost({ cores: 16, spawn: () => ({ post() {}, terminate() {} }) });
    expectSameBits(sigmoid.eval(xs), want(), "sigmoid");
    expect(threadPoolSize()).toBe(MAX_AUTO_THREADS - 1);
  });

  it("workers that fail after starting are replaced, and after four failures none is started again", () => {
    const fail: ((error: unknown) => void)[] = [];
    const dying: WorkerHost = { cores: 2, spawn: (_main, _blocks, onError) => (fail.push(onError), { post() {}, terminate() {} }) };
    installWorkerHost(dying);
    for (let k = 0; k < 4; k++) {
      expectSameBits(sigmoid.eval(xs, { threads: 2 }), want(), `sigmoid, start ${k}`);
      expect(threadPoolSize()).toBe(1);
      fail[k]!(new Error("worker crashed"));
      expect(threadPoolSize()).toBe(0);
    }
    expectSameBits(sigmoid.eval(xs, { threads: 2 }), want(), "sigmoid after four crashes");
    expect(fail).toHaveLength(4);
  });

  it("without a host (browsers, the core alone) everything runs in one thread", () => {
    installWorkerHost(undefined);
    expectSameBits(sigmoid.eval(xs, { threads: 2 }), want(), "sigmoid");
    expect(threadPoolSize()).toBe(0);
  });

  it("a bad threads value is an ArgumentError naming what is allowed", () => {
    for (const bad of [0, -1, 1.5, 65, "all", null]) {
      expect(() => sigmoid.eval(xs, { threads: bad as never })).toThrow(ArgumentError);
    }
    expect(() => sigmoid.eval(0.5, { threads: 0 })).toThrow(ArgumentError);
    expect(() => sigmoid.eval(xs, { threads: 0 })).toThrow('threads of sigmoid.eval must be "auto" or a whole number of threads from 1 to 64, got 0.');
    expect(() => sigmoid.compile().map([xs], [], undefined, { threads: "many" as never })).toThrow('threads must be "auto" or a whole number of threads from 1 to 64, got "many".');
  });
});
