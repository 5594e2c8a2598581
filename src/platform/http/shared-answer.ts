import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as schemaSerializerCompiler } from 'fastify-type-provider-zod';

type ResponseSchema = Parameters<typeof schemaSerializerCompiler>[0]['schema'];

const sharedAnswers = new WeakSet<object>();

/**
 * Marks an answer that several requests receive as the very same object (one team's live
 * scorecards for everyone who asked while they were computed): the route's response schema
 * encodes it and it is serialised once, not once per request. At a director's 700 reports that
 * is 3 MB of JSON, and several times that in encoded objects, per request. A shared answer must
 * not change once it has been handed out.
 */
export function sharedAnswer<T extends object>(answer: T): T {
  sharedAnswers.add(answer);
  return answer;
}

/** The response serialiser: the schema's encoding, remembered for shared answers. */
export const serializerCompiler: FastifySerializerCompiler<ResponseSchema> = (route) => {
  const serialize = schemaSerializerCompiler(route);
  const serialized = new WeakMap<object, string>();
  return (data: unknown) => {
    if (typeof data !== 'object' || data === null || !sharedAnswers.has(data))
      return serialize(data);
    let body = serialized.get(data);
    if (body === undefined) {
      body = serialize(data);
      serialized.set(data, body);
    }
    return body;
  };
};
