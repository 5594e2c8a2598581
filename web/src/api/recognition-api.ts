import { api, type BodyOf, type ItemOf, type ResponseOf } from './api-client';

/** An award or badge granted to someone, with the evidence that earned it. */
export type Grant = ItemOf<'/api/v1/recognition/grants'>;
export type Leaderboards = ResponseOf<'/api/v1/recognition/leaderboards', 'get'>;
export type Leaderboard = Leaderboards['boards'][number];
export type Badge = ItemOf<'/api/v1/recognition/badges'>;
export type BadgeFields = BodyOf<'/api/v1/recognition/badges', 'post'>;
export type RecognitionSettings = ResponseOf<'/api/v1/settings/recognition', 'get'>;

export const RECOGNITION_KEY = ['recognition'] as const;

/** The feed: what people in my scope were granted in the last 30 days. */
export const listRecentGrants = async () =>
  (await api.get('/api/v1/recognition/grants', { query: { days: 30, limit: 20 } })).items;

export const listGrantsOf = async (userId: string) =>
  (await api.get('/api/v1/recognition/grants', { query: { userId, limit: 200 } })).items;

export const getLeaderboards = () => api.get('/api/v1/recognition/leaderboards', { query: {} });

export const listBadges = async () => (await api.get('/api/v1/recognition/badges')).items;

export const createBadge = (body: BadgeFields) => api.post('/api/v1/recognition/badges', { body });

export const setBadgeActive = (badge: Badge, active: boolean) =>
  api.patch('/api/v1/recognition/badges/{id}', {
    path: { id: badge.id ?? '' },
    body: { version: badge.version ?? 1, active },
  });

export const setBuiltInBadgeActive = (badge: Badge, active: boolean) =>
  api.put('/api/v1/recognition/built-in-badges/{key}', {
    path: { key: badge.key },
    body: { active },
  });

export const getRecognitionSettings = () => api.get('/api/v1/settings/recognition');

export const saveRecognitionSettings = (body: RecognitionSettings) =>
  api.put('/api/v1/settings/recognition', { body });
