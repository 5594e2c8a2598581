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
import { openDb } from '../src/db/engine.js';
import { loadConfig } from '../src/platform/config/config.js';
import { buildApp } from '../src/app/app.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'web/src/api/generated/schema.ts');
const relativeTarget = 'web/src/api/generated/schema.ts';

const HEADER = `/**
 * GENERATED FILE — do not edit. The server's OpenAPI document as TypeScript types.
 * Regenerate with \`npm run api:generate\`; \`npm run api:check\` fails when this file is stale.
 */

`;

/**
 * The API's OpenAPI document, as `/api/openapi.json` serves it, built without a database server
 * or network: the app is assembled over an empty in-memory SQLite database that no route touches.
 */
async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openDb({ url: ':memory:' });
  const config = {
    ...loadConfig({}),
    sessionSecret: 'openapi-document-only-openapi-document-only',
    webDist: '/nonexistent-web-dist',
  };
  const app = await buildApp({ db, config, logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.close();
  }
}

type Schema = { [key: string]: unknown };
const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null;

/**
 * Every string enum the document declares, by where it stands: `'<method> <path> <place>'`, the
 * place being `query.<name>`, `path.<name>`, `body.<field>…` or `response.<field>…` (the success
 * answer; array items and unions add nothing to the place). References are followed, so a place
 * stays the same whether its schema is inline or a named component.
 */
function enumValues(document: Schema): Record<string, string[]> {
  const found = new Map<string, Set<string>>();
  const components = (isObject(document.components) && document.components.schemas) || {};
  const walk = (schema: unknown, place: string, seen: Set<string>): void => {
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.has(name) || !isObject(components)) return;
      return walk(components[name], place, new Set([...seen, name]));
    }
    // A literal is a one-value enum (OpenAPI 3.1 writes it as `const`): the members of a
    // discriminated union add up to the list of its tags.
    const listed = Array.isArray(schema.enum)
      ? schema.enum
      : 'const' in schema
        ? [schema.const]
        : null;
    if (listed) {
      const values = listed.filter((value): value is string => typeof value === 'string');
      if (values.length > 0) {
        const set = found.get(place) ?? new Set<string>();
        for (const value of values) set.add(value);
        found.set(place, set);
      }
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      if (Array.isArray(schema[key])) for (const part of schema[key]) walk(part, place, seen);
    walk(schema.items, place, seen);
    if (isObject(schema.properties))
      for (const [field, part] of Object.entries(schema.properties))
        walk(part, `${place}.${field}`, seen);
  };
  const json = (holder: unknown) =>
    isObject(holder) && isObject(holder.content) && isObject(holder.content['application/json'])
      ? holder.content['application/json'].schema
      : undefined;
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation)) continue;
      const at = `${method} ${path}`;
      for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : [])
        if (isObject(parameter))
          walk(
            parameter.schema,
            `${at} ${String(parameter.in)}.${String(parameter.name)}`,
            new Set(),
          );
      walk(json(operation.requestBody), `${at} body`, new Set());
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const [status, response] of Object.entries(responses))
        if (status.startsWith('2')) walk(json(response), `${at} response`, new Set());
    }
  }
  return Object.fromEntries([...found].map(([place, values]) => [place, [...values]]));
}

async function generate(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  const values = Object.entries(enumValues(document))
    .map(([place, list]) => `    ${JSON.stringify(place)}: ${JSON.stringify(list)},`)
    .join('\n');
  return (
    HEADER +
    astToString(ast) +
    `\n/** The values of every string enum, by \`'<method> <path> <place>'\` (see scripts/api-client.ts). */\n` +
    `export const enumValues = {\n${values}\n} as const;\n`
  );
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
