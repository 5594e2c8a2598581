/**
 * Generates the web app's API types from the server's OpenAPI document:
 *
 *   npm run api:generate   writes web/src/api/generated/schema.ts
 *   npm run api:check      fails when that file is not what the server's document generates now
 *
 * The document is built in-process (no database server, no network), so the web build never needs
 * a running server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/platform/server/openapi-document.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'web/src/api/generated/schema.ts');
const relativeTarget = 'web/src/api/generated/schema.ts';

const HEADER = `/**
 * GENERATED FILE — do not edit. The server's OpenAPI document as TypeScript types.
 * Regenerate with \`npm run api:generate\`; \`npm run api:check\` fails when this file is stale.
 */

`;

async function generate(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const contents = await generate();
  if (!check) {
    await writeFile(target, contents);
    console.log(`wrote ${relativeTarget}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'yardstick-api-'));
  try {
    const fresh = join(dir, 'schema.ts');
    await writeFile(fresh, contents);
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed === contents) {
      console.log(`${relativeTarget} is up to date`);
      return;
    }
    const ours = committed.split('\n');
    const theirs = contents.split('\n');
    const differs = theirs.findIndex((text, index) => text !== ours[index]);
    const line = differs === -1 ? theirs.length : differs;
    console.error(
      `${relativeTarget} is stale (first difference at line ${line + 1}; regenerated copy: ${fresh}).\n` +
        'Run `npm run api:generate` and commit the result.',
    );
    process.exitCode = 1;
  } finally {
    if (process.exitCode !== 1) await rm(dir, { recursive: true, force: true });
  }
}

await main();
