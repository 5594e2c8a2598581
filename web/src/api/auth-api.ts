import { api, type BodyOf } from './api-client';

export type Credentials = BodyOf<'/api/v1/auth/login', 'post'>;
export type PasswordChange = BodyOf<'/api/v1/auth/password', 'post'>;

export const login = async (body: Credentials) =>
  (await api.post('/api/v1/auth/login', { body })).user;

export const logout = () => api.post('/api/v1/auth/logout');

/** The signed-in user, or null: a public endpoint, so that asking never produces a 401. */
export const getSession = async () => (await api.get('/api/v1/auth/session')).user;

export const changePassword = (body: PasswordChange) => api.post('/api/v1/auth/password', { body });
