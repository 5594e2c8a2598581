import type { InjectOptions } from 'fastify';
import type { AuthzFixture, FixtureRecord } from './authz-fixture.js';
import {
  minimalValue,
  type ApiOperation,
  type NamedValue,
  type OpenApiDocument,
} from './openapi-operations.js';

/** The record a path parameter names: the record kind is the path segment before it. */
export function recordOfParam(
  fixture: AuthzFixture,
  path: string,
  param: string,
): FixtureRecord | string {
  if (param === 'metric') return 'activity_frequency';
  if (param === 'entity') return 'customer';
  if (param === 'userId') return fixture.users.service;
  if (param === 'report') return 'funnel';
  if (param === 'key') return 'first_won_deal';
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  const kind = segments[at - 1] ?? '';
  const record = fixture.records[kind];
  if (!record) throw new Error(`no fixture record for {${param}} in ${path}`);
  return record;
}

/** The records of department A an operation names in its path. */
export function pathRecords(fixture: AuthzFixture, operation: ApiOperation): FixtureRecord[] {
  return operation.pathParams.flatMap((param) => {
    const record = recordOfParam(fixture, operation.path, param);
    return typeof record === 'string' ? [] : [record];
  });
}

export function urlOf(fixture: AuthzFixture, operation: ApiOperation, query = true): string {
  let url = operation.path;
  for (const param of operation.pathParams) {
    const record = recordOfParam(fixture, operation.path, param);
    url = url.replace(`{${param}}`, typeof record === 'string' ? record : record.id);
  }
  const values = new URLSearchParams();
  for (const parameter of operation.query) {
    const value = query ? queryValue(fixture, operation, parameter.name) : undefined;
    if (value !== undefined) values.set(parameter.name, value);
    else if (parameter.required && query) throw new Error(`no value for ?${parameter.name}`);
  }
  const search = values.toString();
  return search ? `${url}?${search}` : url;
}

/** Query values: those a route needs, and the duplicate lookup's probes for department A's secrets. */
function queryValue(
  fixture: AuthzFixture,
  operation: ApiOperation,
  name: string,
): string | undefined {
  const record = pathRecords(fixture, operation)[0];
  switch (name) {
    case 'version':
      return String(record?.version ?? 1);
    case 'q':
      return operation.path.endsWith('/search') ? 'Alpha Secret' : undefined;
    case 'entity':
      return 'customer';
    case 'name':
      return 'Alpha Secret Buyer';
    case 'phone':
      return '13900001111';
    case 'metric':
      return 'activity_frequency';
    case 'from':
      return operation.path.endsWith('/diff')
        ? fixture.records['template-versions']?.id
        : undefined;
    case 'fileName':
      return 'customers.csv';
    case 'cycleIds':
      return fixture.records.cycles?.id;
    default:
      return undefined;
  }
}

/**
 * Values for body properties a schema cannot know: the ids of department A's records, the
 * versions of the records the path names, the people the fixture has.
 */
export function fixtureValues(fixture: AuthzFixture, operation: ApiOperation): NamedValue {
  const records = fixture.records;
  const own = pathRecords(fixture, operation)[0];
  const isLeadPath = operation.path.includes('/leads/');
  return (name) => {
    switch (name) {
      case 'version':
        return own?.version ?? 1;
      case 'duplicateId':
        return (isLeadPath ? records.otherLead : records.duplicateCustomer)?.id;
      case 'duplicateVersion':
        return (isLeadPath ? records.otherLead : records.duplicateCustomer)?.version;
      case 'customerId':
        return records.customers?.id;
      case 'contactId':
        return records.contacts?.id;
      case 'opportunityId':
        return records.opportunities?.id;
      case 'recordId':
        return records.leads?.id;
      case 'recordType':
        return 'lead';
      case 'templateId':
        return records.templates?.id;
      case 'stageId':
        return records['pipeline-stages']?.id;
      case 'userId':
      case 'ownerId':
        return fixture.users.sales;
      case 'ids':
        return [records.flags?.id];
      case 'metric':
        return 'activity_frequency';
      default:
        return undefined;
    }
  };
}

/** A request to the operation that it would accept, naming department A's records. */
export function validRequest(
  document: OpenApiDocument,
  fixture: AuthzFixture,
  operation: ApiOperation,
): InjectOptions {
  const url = urlOf(fixture, operation);
  if (operation.upload)
    return {
      method: operation.method,
      url,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('客户名称\r\nProbe\r\n'),
    };
  if (!operation.body) return { method: operation.method, url };
  const payload = minimalValue(document, operation.body, fixtureValues(fixture, operation));
  return { method: operation.method, url, payload: payload as object };
}

/**
 * A request that reaches the route but whose input no route accepts (a list where an object is
 * expected, or no query): an admitted caller gets a 4xx and nothing is written. Routes that take
 * no input at all run for real.
 */
export function refusedInputRequest(fixture: AuthzFixture, operation: ApiOperation): InjectOptions {
  if (operation.method === 'GET') return { method: 'GET', url: urlOf(fixture, operation) };
  const url = urlOf(fixture, operation, false);
  if (operation.body || operation.upload)
    return { method: operation.method, url, payload: [] as unknown as object };
  return { method: operation.method, url };
}

/** Whether a body names a scoped record of department A (an outsider must get 404 for it). */
export function namesScopedRecord(fixture: AuthzFixture, request: InjectOptions): boolean {
  const text = `${request.url as string} ${JSON.stringify(request.payload ?? null)}`;
  return Object.values(fixture.records).some((r) => r.scoped && text.includes(r.id));
}
