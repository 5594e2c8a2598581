import { api, type BodyOf, type ItemOf } from './api-client';

export type Template = ItemOf<'/api/v1/templates'>;
export type TemplateVersion = ItemOf<'/api/v1/templates/{id}/versions'>;
export type TemplateItem = TemplateVersion['items'][number];
export type ItemChange = ItemOf<'/api/v1/template-versions/{id}/diff'>;

export const listTemplates = async () => (await api.get('/api/v1/templates')).items;

export const listTemplateVersions = async (templateId: string) =>
  (await api.get('/api/v1/templates/{id}/versions', { path: { id: templateId } })).items;

export const createTemplateVersion = (
  templateId: string,
  body: BodyOf<'/api/v1/templates/{id}/versions', 'post'>,
) => api.post('/api/v1/templates/{id}/versions', { path: { id: templateId }, body });

export const diffVersions = async (fromId: string, toId: string) =>
  (
    await api.get('/api/v1/template-versions/{id}/diff', {
      path: { id: toId },
      query: { from: fromId },
    })
  ).items;
