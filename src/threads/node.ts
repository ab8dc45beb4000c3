/**
 * Worker threads in Node: the WorkerHost of src/core/compile/threads.ts on worker_threads. The package's Node
 * entry (src/node.ts) installs it; the core, which runs in browsers too, never imports Node.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type WorkerHost, installWorkerHost } from "../core/index.js";

/** Starts workers from source text; each is unref()'d, so an idle pool never keeps the process alive. */
export const nodeWorkerHost: WorkerHost = {
  cores: availableParallelism(),
  spawn(main, blocks, onError) {
    const source = `const { parentPort } = require("node:worker_threads");\n(${main})(${blocks}, (callback) => parentPort.on("message", callback));`;
    const worker = new Worker(source, { eval: true });
    worker.unref();
    worker.on("error", onError);
    worker.on("exit", onError);
    return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
  },
};

/** Lets long arrays run on worker threads (see the `threads` option of eval and map). */
export function installNodeThreads(): void {
  installWorkerHost(nodeWorkerHost);
}
