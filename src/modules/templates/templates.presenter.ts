import { contentOf } from '../appraisal/template-content.js';
import type { TemplateRow, TemplateVersionRow } from './templates.repository.js';

export function presentVersion(version: TemplateVersionRow) {
  const { items, grades } = contentOf(version);
  return {
    id: version.id,
    templateId: version.templateId,
    number: version.number,
    items,
    grades,
    note: version.note,
    authorId: version.authorId,
    createdAt: version.createdAt,
  };
}

export function presentTemplate(template: TemplateRow, current: TemplateVersionRow | null) {
  return {
    id: template.id,
    key: template.key,
    role: template.role,
    nameZh: template.nameZh,
    nameEn: template.nameEn,
    current: current ? presentVersion(current) : null,
  };
}
