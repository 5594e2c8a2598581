import { Worker } from 'node:worker_threads';
import { STORED_FORM } from '../db/history-codec.js';

/**
 * The worker's whole program, as `encodeChanges` stores a document (background-encoder.test.ts
 * checks they agree byte for byte). CommonJS with Node's own modules only, so that it runs
 * wherever the simulator runs: built, under tsx, or in a test runner that compiles TypeScript
 * in-process only.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
const version = Buffer.of(workerData.version);
const dictionary = Buffer.from(workerData.dictionary);
parentPort.on('message', ({ batch, documents }) => {
  const encoded = documents.map((d) => Buffer.concat([version, deflateRawSync(d, { dictionary })]));
  parentPort.postMessage({ batch, encoded });
});
`;

export type BackgroundEncoder = {
  /** The stored forms of these documents, in order, encoded on the worker's thread. */
  encode: (documents: readonly string[]) => Promise<Buffer[]>;
  close: () => Promise<void>;
};

/**
 * History documents encoded on a second thread while the simulator goes on generating: the
 * compression costs ~20 µs a row, as much as generating the row (bench/RESULTS.md). The worker
 * does not keep the process alive, so a seed that fails never hangs on it.
 */
export function startBackgroundEncoder(): BackgroundEncoder {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { version: STORED_FORM.version, dictionary: STORED_FORM.dictionary },
  });
  worker.unref();
  const waiting = new Map<number, { resolve: (b: Buffer[]) => void; reject: (e: Error) => void }>();
  let nextBatch = 0;
  let stopped: Error | null = null;
  worker.on('message', ({ batch, encoded }: { batch: number; encoded: Uint8Array[] }) => {
    const done = waiting.get(batch);
    waiting.delete(batch);
    done?.resolve(encoded.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)));
  });
  const failAll = (error: Error) => {
    for (const done of waiting.values()) done.reject(error);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    stopped = new Error(`history encoder stopped (exit code ${code})`);
    failAll(stopped);
  });
  return {
    encode(documents) {
      if (stopped) return Promise.reject(stopped);
      const batch = nextBatch++;
      return new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject });
        worker.postMessage({ batch, documents });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
