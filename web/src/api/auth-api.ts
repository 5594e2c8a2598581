import { api, type BodyOf, type ResponseOf } from './api-client';

/** The signed-in user, with the pages and workbench cards the server lets them open. */
export type SignedInUser = ResponseOf<'/api/v1/auth/me', 'get'>['user'];
/** A page of the menu or a card of the workbench (the server decides which are open). */
export type Area = SignedInUser['areas'][number];

export type Credentials = BodyOf<'/api/v1/auth/login', 'post'>;
export type PasswordChange = BodyOf<'/api/v1/auth/password', 'post'>;

export const login = async (body: Credentials) =>
  (await api.post('/api/v1/auth/login', { body })).user;

export const logout = () => api.post('/api/v1/auth/logout');

/** The signed-in user, or null: a public endpoint, so that asking never produces a 401. */
export const getSession = async () => (await api.get('/api/v1/auth/session')).user;

export const changePassword = (body: PasswordChange) => api.post('/api/v1/auth/password', { body });
