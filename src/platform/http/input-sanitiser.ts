import type { FastifyInstance } from 'fastify';
import { Stream } from 'node:stream';
import { AppError, fieldProblem } from '../errors/app-error.js';

/** A UTF-16 surrogate without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NUL or a lone surrogate: neither engine can store them faithfully. */
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** A body a route reads itself (an uploaded file's stream, a buffer), not parsed input. */
const isRawBody = (node: object): boolean =>
  node instanceof Stream || ArrayBuffer.isView(node) || node instanceof ArrayBuffer;

/** How deep request JSON may nest; deeper input is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem = { path: string; code: 'unstorable_character' | 'nested_too_deep' };

/**
 * The first string (or object key) in a parsed input (a raw body — an uploaded file's stream —
 * is the route's own to read) that holds an unstorable character, or
 * the first place it nests deeper than MAX_INPUT_DEPTH; paths are dotted (`items.0.metric`),
 * `root` names a string that is the whole input.
 */
export function findInputProblem(value: unknown, root: string): InputProblem | null {
  const walk = (node: unknown, path: string[], depth: number): InputProblem | null => {
    const at = () => (path.length === 0 ? root : path.join('.'));
    if (typeof node === 'string')
      return unstorable(node) ? { path: at(), code: 'unstorable_character' } : null;
    if (node === null || typeof node !== 'object' || isRawBody(node)) return null;
    if (depth >= MAX_INPUT_DEPTH) return { path: at(), code: 'nested_too_deep' };
    for (const [key, child] of Object.entries(node)) {
      if (unstorable(key)) return { path: [...path, key].join('.'), code: 'unstorable_character' };
      const found = walk(child, [...path, key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(value, [], 0);
}

const MESSAGES: Record<InputProblem['code'], string> = {
  unstorable_character: 'text contains a NUL character or a broken UTF-16 surrogate',
  nested_too_deep: `input nests deeper than ${MAX_INPUT_DEPTH} levels`,
};

/**
 * One check for every route, before its own validation: path parameters, query and body are
 * refused with 400 and the field's path when they hold text no engine stores faithfully, or nest
 * too deep to walk safely.
 */
export function registerInputSanitiser(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const;
    for (const [root, value] of parts) {
      const problem = findInputProblem(value, root);
      if (!problem) continue;
      const message = MESSAGES[problem.code];
      throw new AppError('validation_failed', message, [
        fieldProblem(problem.path, problem.code, message),
      ]);
    }
  });
}
