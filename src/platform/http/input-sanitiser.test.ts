import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-sanitiser.js';

describe('findInputProblem', () => {
  it('passes ordinary text, Chinese and paired surrogates (emoji)', () => {
    expect(findInputProblem({ name: '华为 Huawei 😀', tags: ['a', 'b'] }, 'body')).toBeNull();
  });
  it('names the path of a NUL byte or a lone surrogate', () => {
    expect(findInputProblem({ items: [{ metric: 'a\u0000b' }] }, 'body')).toEqual({
      path: 'items.0.metric',
      code: 'unstorable_character',
    });
    expect(findInputProblem({ q: 'x\uD800' }, 'query')).toEqual({
      path: 'q',
      code: 'unstorable_character',
    });
    expect(findInputProblem({ q: '\uDC00x' }, 'query')?.code).toBe('unstorable_character');
    expect(findInputProblem('\u0000', 'body')).toEqual({
      path: 'body',
      code: 'unstorable_character',
    });
    expect(findInputProblem({ ['k\u0000']: 1 }, 'body')?.path).toBe('k\u0000');
  });
  it('refuses nesting deeper than the limit', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) deep = { a: deep };
    expect(findInputProblem(deep, 'body')?.code).toBe('nested_too_deep');
    let fine: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) fine = { a: fine };
    expect(findInputProblem(fine, 'body')).toBeNull();
  });
  it('leaves a raw body (an uploaded file streamed to its route, a buffer) to the route', () => {
    // A request stream reaches its socket, server and so on, far deeper than any JSON may nest.
    let connection: unknown = { name: 'a\u0000b' };
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) connection = { next: connection };
    const upload = Object.assign(new PassThrough(), { socket: connection });
    expect(findInputProblem(upload, 'body')).toBeNull();
    expect(findInputProblem(Buffer.from('a\u0000b'), 'body')).toBeNull();
    expect(findInputProblem({ items: [Object.create(null)] }, 'body')).toBeNull();
  });
});
