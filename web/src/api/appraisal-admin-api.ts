import { request } from './api-client';

export type TemplateItem = {
  metric: string;
  weight: number;
  floor: number;
  target: number;
  cap: number;
  minSample: number;
};

export type Grades = { S: number; A: number; B: number; C: number };

export type TemplateVersion = {
  id: string;
  templateId: string;
  number: number;
  items: TemplateItem[];
  grades: Grades;
  note: string | null;
  authorId: string | null;
  createdAt: string;
};

export type Template = {
  id: string;
  key: string;
  role: string;
  nameZh: string;
  nameEn: string;
  current: TemplateVersion | null;
};

export type ItemChange = {
  metric: string;
  change: 'added' | 'removed' | 'changed';
  before: TemplateItem | null;
  after: TemplateItem | null;
};

const enc = encodeURIComponent;

export async function listTemplates(): Promise<Template[]> {
  const { items } = await request<{ items: Template[] }>('GET', '/api/v1/templates');
  return items;
}

export async function listTemplateVersions(templateId: string): Promise<TemplateVersion[]> {
  const { items } = await request<{ items: TemplateVersion[] }>(
    'GET',
    `/api/v1/templates/${enc(templateId)}/versions`,
  );
  return items;
}

export function createTemplateVersion(
  templateId: string,
  version: { items: TemplateItem[]; grades?: Grades; note: string },
): Promise<TemplateVersion> {
  return request<TemplateVersion>('POST', `/api/v1/templates/${enc(templateId)}/versions`, version);
}

export async function diffVersions(fromId: string, toId: string): Promise<ItemChange[]> {
  const { items } = await request<{ items: ItemChange[] }>(
    'GET',
    `/api/v1/template-versions/${enc(toId)}/diff?from=${enc(fromId)}`,
  );
  return items;
}
