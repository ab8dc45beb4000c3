/**
 * Worker threads for long arrays: a WebAssembly kernel runs over one shared memory in the calling thread and
 * in a pool of workers at once, and the call stays synchronous.
 *
 * The core cannot start a thread itself (it runs in browsers and imports nothing of Node): a host installs a
 * WorkerHost (the package's Node entry does, with worker_threads; src/threads/node.ts). Without one, or where
 * the host refuses, every kernel runs in the calling thread.
 *
 * A job splits the array into blocks that every thread claims from a shared counter (Atomics.add), so a worker
 * that is slow, still starting, or never starts takes fewer blocks or none, and the caller never waits for it:
 * it computes blocks until none is left, then waits (Atomics.wait) only for blocks already claimed. Only the
 * caller can read the user's arrays, so it copies the inputs into the shared memory first, publishing how many
 * blocks are ready (workers start on the first ones), and copies each finished block out between its own.
 * Each job has its own counters, so a worker reaching a finished job late finds nothing to do. Every thread
 * runs the same compiled kernel over the same blocks, so results are bit-identical to one thread.
 */
import { ArgumentError } from "../errors.js";
import { MAX_SHARED_PAGES, assembleModule } from "../wasm/assembler.js";
import type { Program } from "./lower.js";
import { type FloatArray, type Precision, renderWasm } from "./wasm.js";

/** A started worker, as the host gives it. */
export interface WorkerHandle {
  post(message: unknown): void;
  terminate(): void;
}

/**
 * What a platform provides to start workers. `spawn` runs `main`, the text of a function expression
 * `(runBlocks, receive) => ...`, in a new worker with runBlocks (the text `blocks`) and a receive(callback)
 * that delivers the worker's messages; the worker must not keep its process alive. It may throw (no threads).
 */
export interface WorkerHost {
  /** Hardware threads available to this process. */
  readonly cores: number;
  spawn(main: string, blocks: string, onError: (error: unknown) => void): WorkerHandle;
}

/** Threads for one call: a count (1 runs in the calling thread only), or "auto" (see resolveThreads). */
export type Threads = number | "auto";

/** Arrays shorter than this never use threads: a worker's wake-up and the copies cost more than they save. */
export const THREADS_MIN_LENGTH = 1 << 20;

/** "auto" never uses more threads than this, the most the scaling projections in BENCHMARKS.md cover. */
export const MAX_AUTO_THREADS = 8;

/**
 * Elements per claimed block: claiming costs nothing at this size, and a block is short enough (tens of
 * microseconds) that the caller seldom waits long for a worker's last one.
 */
const BLOCK = 4096;

/** The shared memory's limit in pages (2 GiB): a job that needs more runs in the calling thread. */
const MEMORY_PAGES = MAX_SHARED_PAGES / 2;

/**
 * The job's counters (runBlocks names them by number): the next block to claim (0), blocks done (1), a failure
 * flag (2), blocks whose inputs are in place (3), then one flag per block, set when it is done.
 */
const DONE = 1;
const FAILED = 2;
const READY = 3;
const FLAGS = 4;
/** Blocks copied in between two announcements of READY. */
const CHUNK = 8;

/** One job as every thread sees it: the kernel's arguments for block 0, and how to move them to block b. */
export interface Job {
  readonly control: Int32Array;
  /** Input arguments (byte offsets of arrays, values of numbers), then the parameters. */
  readonly args: readonly number[];
  /** Positions in args of the array offsets. */
  readonly pointers: readonly number[];
  readonly out: number;
  readonly n: number;
  readonly bytes: number;
  readonly perVector: number;
  readonly block: number;
}

/**
 * Claims blocks of `job` until none is left and runs `kernel` on each, once its inputs are ready (skipping the
 * work once the job has failed); `afterBlock` runs after each. Written without references outside itself,
 * because workers receive its source text.
 */
export function runBlocks(job: Job, kernel: (...args: number[]) => void, afterBlock?: () => void): void {
  const c = job.control;
  const args = job.args.slice();
  for (;;) {
    const b = Atomics.add(c, 0, 1);
    const start = b * job.block;
    if (start >= job.n) return;
    for (let ready = Atomics.load(c, 3); ready <= b; ready = Atomics.load(c, 3)) Atomics.wait(c, 3, ready);
    if (Atomics.load(c, 2) === 0) {
      try {
        for (const k of job.pointers) args[k] = job.args[k]! + start * job.bytes;
        kernel(...args, job.out + start * job.bytes, Math.ceil(Math.min(job.block, job.n - start) / job.perVector));
      } catch {
        Atomics.store(c, 2, 1);
      }
    }
    Atomics.store(c, 4 + b, 1);
    Atomics.add(c, 1, 1);
    Atomics.notify(c, 1);
    afterBlock?.();
  }
}

/** A job message: the shared memory on a worker's first job, and the kernel's module bytes with its id. */
interface JobMessage {
  readonly job: Job;
  readonly memory?: object;
  readonly id: number;
  readonly bytes: Uint8Array;
}

/**
 * The worker's program (its source text is what workers run): keeps the memory it is given, instantiates each
 * kernel once (the latest 256 are kept), and runs its share of each job.
 */
function workerMain(blocks: typeof runBlocks, receive: (callback: (message: JobMessage) => void) => void): void {
  const api = (globalThis as unknown as { WebAssembly: WasmThreadsApi }).WebAssembly;
  let memory: object | undefined;
  const kernels = new Map<number, (...args: number[]) => void>();
  receive((message) => {
    if (message.memory !== undefined) memory = message.memory;
    let kernel = kernels.get(message.id);
    if (kernel === undefined) {
      kernel = new api.Instance(new api.Module(message.bytes), { env: { memory } }).exports.kernel as (...args: number[]) => void;
      kernels.set(message.id, kernel);
      if (kernels.size > 256) kernels.delete(kernels.keys().next().value!);
    }
    blocks(message.job, kernel);
  });
}

/** The part of the WebAssembly API used here, typed locally: the library's lib settings have no DOM types. */
interface WasmThreadsApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: true }) => { readonly buffer: SharedArrayBuffer; grow(pages: number): number };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

interface PoolWorker {
  readonly handle: WorkerHandle;
  alive: boolean;
  hasMemory: boolean;
}

interface Pool {
  workers: PoolWorker[];
  readonly memory: InstanceType<WasmThreadsApi["Memory"]>;
}

let host: WorkerHost | undefined;
let pool: Pool | undefined;
/** Workers that failed (to start, or later): past MAX_FAILURES none is started again until a host is installed. */
let failures = 0;
const MAX_FAILURES = 4;
/** Set when this thread cannot wait (a browser's main thread) or the host failed to start a worker. */
let unavailable = false;

/**
 * Installs the platform's way to start workers (undefined removes it); stops the current pool. The Node entry
 * of the package installs worker_threads; tests install hosts that fail.
 */
export function installWorkerHost(next: WorkerHost | undefined): void {
  shutdownThreads();
  host = next;
  unavailable = false;
  failures = 0;
}

/** Stops the workers and frees the shared memory; the next long call starts them again. */
export function shutdownThreads(): void {
  for (const w of pool?.workers ?? []) w.handle.terminate();
  pool = undefined;
}

/** How many workers are running (0 before the first threaded call and after shutdownThreads). */
export function threadPoolSize(): number {
  return pool?.workers.filter((w) => w.alive).length ?? 0;
}

/** The most threads a call may ask for: each is a worker with its own V8 heap. */
export const MAX_THREADS = 64;

/** An ArgumentError unless `threads` is undefined, "auto" or a whole number from 1 to MAX_THREADS. */
export function checkThreads(threads: unknown, what: string): asserts threads is Threads | undefined {
  if (threads === undefined || threads === "auto" || (typeof threads === "number" && Number.isInteger(threads) && threads >= 1 && threads <= MAX_THREADS)) return;
  throw new ArgumentError(`${what} must be "auto" or a whole number of threads from 1 to ${MAX_THREADS}, got ${typeof threads === "string" ? JSON.stringify(threads) : String(threads)}.`);
}

/**
 * The number of threads for `n` elements: 1 below THREADS_MIN_LENGTH, without a host, or where threads are
 * unavailable; `threads` itself when a number; for "auto" the host's cores (at most MAX_AUTO_THREADS) when the
 * kernel is `costly`, else 1.
 */
export function resolveThreads(threads: Threads, n: number, costly: boolean): number {
  if (n < THREADS_MIN_LENGTH || host === undefined || unavailable) return 1;
  if (threads !== "auto") return threads;
  return costly ? Math.max(1, Math.min(host.cores, MAX_AUTO_THREADS)) : 1;
}

const wasmApi = (): WasmThreadsApi | undefined => (globalThis as unknown as { WebAssembly?: WasmThreadsApi }).WebAssembly;

/** Whether this thread may block in Atomics.wait (a browser's main thread may not). */
function canWait(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pool with at least `workers` workers, started on first use; undefined where threads are unavailable. */
function poolWith(workers: number): Pool | undefined {
  const api = wasmApi();
  if (host === undefined || api === undefined || typeof SharedArrayBuffer === "undefined" || !canWait() || failures >= MAX_FAILURES) {
    unavailable = true;
    return undefined;
  }
  try {
    pool ??= { workers: [], memory: new api.Memory({ initial: 1, maximum: MEMORY_PAGES, shared: true }) };
    const main = workerMain.toString();
    const blocks = runBlocks.toString();
    pool.workers = pool.workers.filter((w) => w.alive);
    while (pool.workers.length < workers) {
      const state = { alive: true, hasMemory: false };
      const handle = host.spawn(main, blocks, () => {
        if (state.alive) failures++;
        state.alive = false;
      });
      pool.workers.push(Object.assign(state, { handle }));
    }
  } catch {
    // A host that cannot start workers (or a shared memory the platform refuses): one thread from now on.
    shutdownThreads();
    unavailable = true;
    return undefined;
  }
  return pool;
}

/** A kernel over the pool's shared memory: its module (compiled once here), this thread's instance, its id. */
export interface ThreadedKernel {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly perVector: number;
  readonly precision: Precision;
  instance?: { readonly memory: object; readonly kernel: (...args: number[]) => void };
}

let nextKernelId = 0;

/** The kernel of `program` for the shared memory, or undefined where it has no WebAssembly form. */
export function threadedKernel(program: Program, pattern: string, precision: Precision): ThreadedKernel | undefined {
  const rendered = renderWasm(program, pattern, precision);
  if ("unsupported" in rendered) return undefined;
  return { id: nextKernelId++, bytes: assembleModule([{ name: "kernel", body: rendered.body }], true), perVector: rendered.lanes === "f32x4" ? 4 : 2, precision };
}

/** Bytes from `offset` rounded up to 16, so that each thread's last vector stays inside its own array. */
const padded = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * Runs `kernel` over `n` elements on `threads` threads (this one included) into `out`. Returns false when
 * threads are unavailable, the memory cannot hold the job, or a block failed: the caller then runs its
 * one-thread kernel over all of `out`.
 */
export function runThreaded(kernel: ThreadedKernel, args: readonly (number | ArrayLike<number>)[], params: readonly number[], out: FloatArray, n: number, threads: number): boolean {
  const p = poolWith(threads - 1);
  const api = wasmApi();
  if (p === undefined || api === undefined) return false;
  const bytes = kernel.precision === "float64" ? 8 : 4;
  const arrays = args.filter((a) => typeof a !== "number").length;
  const needed = (arrays + 1) * padded(n * bytes);
  const pages = Math.ceil(needed / 65536);
  const have = p.memory.buffer.byteLength / 65536;
  if (pages > MEMORY_PAGES) return false;
  if (pages > have) p.memory.grow(pages - have);
  if (kernel.instance?.memory !== p.memory) {
    const instance = new api.Instance(new api.Module(kernel.bytes), { env: { memory: p.memory } });
    kernel.instance = { memory: p.memory, kernel: instance.exports.kernel as (...args: number[]) => void };
  }
  const buffer = p.memory.buffer;
  const view = (at: number): FloatArray => (bytes === 8 ? new Float64Array(buffer, at, n) : new Float32Array(buffer, at, n));
  const callArgs: number[] = [];
  const pointers: number[] = [];
  const copies: Array<{ from: ArrayLike<number>; to: FloatArray }> = [];
  let offset = 0;
  args.forEach((a, k) => {
    if (typeof a === "number") return void callArgs.push(a);
    copies.push({ from: a, to: view(offset) });
    pointers.push(k);
    callArgs.push(offset);
    offset += padded(n * bytes);
  });
  const blocks = Math.ceil(n / BLOCK);
  const control = new Int32Array(new SharedArrayBuffer(4 * (FLAGS + blocks)));
  const job: Job = { control, args: [...callArgs, ...params], pointers, out: offset, n, bytes, perVector: kernel.perVector, block: BLOCK };
  let posted = 0;
  for (const w of p.workers) {
    if (posted === threads - 1) break;
    if (!w.alive) continue;
    try {
      w.handle.post({ job, memory: w.hasMemory ? undefined : p.memory, id: kernel.id, bytes: kernel.bytes } satisfies JobMessage);
      w.hasMemory = true;
      posted++;
    } catch {
      w.alive = false;
    }
  }
  // The inputs, CHUNK blocks at a time; should a copy throw, the job fails and no worker waits for it.
  try {
    for (let b = 0; b < blocks; b += CHUNK) {
      const [from, to] = [b * BLOCK, Math.min(n, (b + CHUNK) * BLOCK)];
      for (const copy of copies) {
        if (ArrayBuffer.isView(copy.from)) copy.to.set((copy.from as unknown as FloatArray).subarray(from, to), from);
        else for (let i = from; i < to; i++) copy.to[i] = copy.from[i]!;
      }
      Atomics.store(control, READY, Math.min(blocks, b + CHUNK));
      Atomics.notify(control, READY);
    }
  } finally {
    if (Atomics.load(control, READY) < blocks) {
      Atomics.store(control, FAILED, 1);
      Atomics.store(control, READY, blocks);
      Atomics.notify(control, READY);
    }
  }
  const result = view(offset);
  let copied = 0;
  const copyOut = () => {
    for (; copied < blocks && Atomics.load(control, FLAGS + copied) !== 0; copied++) out.set(result.subarray(copied * BLOCK, Math.min(n, (copied + 1) * BLOCK)), copied * BLOCK);
  };
  runBlocks(job, kernel.instance.kernel, copyOut);
  for (copyOut(); copied < blocks; copyOut()) {
    const done = Atomics.load(control, DONE);
    if (Atomics.load(control, FLAGS + copied) === 0) Atomics.wait(control, DONE, done, 100);
  }
  return Atomics.load(control, FAILED) === 0;
}
