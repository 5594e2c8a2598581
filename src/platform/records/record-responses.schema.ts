import { errorBody, standardErrors } from '../http/list-query.js';

/** The standard error responses plus 422, for writes that business rules can refuse. */
export const writeErrors = { ...standardErrors, 422: errorBody } as const;
