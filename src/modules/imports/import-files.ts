import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../platform/errors/app-error.js';
import { newId } from '../../platform/ids.js';

/** Largest file accepted (a million rows of a wide export fits). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** Where uploaded files wait until their import is done (kept so a stopped commit can resume). */
export function importDirectory(): string {
  return process.env.YARDSTICK_IMPORT_DIR ?? join(tmpdir(), 'yardstick-imports');
}

/** Streams an upload to disk, never holding it in memory; refuses one over the size limit. */
export async function saveUpload(body: Readable, fileName: string): Promise<string> {
  const directory = importDirectory();
  await mkdir(directory, { recursive: true });
  const extension = fileName.toLowerCase().endsWith('.xlsx') ? '.xlsx' : '.csv';
  const path = join(directory, `${newId()}${extension}`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES)
        done(
          new AppError('payload_too_large', `The file is larger than ${MAX_IMPORT_BYTES} bytes`),
        );
      else done(null, chunk);
    },
  });
  await pipeline(body, limit, createWriteStream(path));
  return path;
}
