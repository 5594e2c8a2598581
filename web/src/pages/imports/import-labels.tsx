import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportJob, ImportRowError } from '../../api/import-export-api';
import { importsEn } from '../../i18n/imports.en';

const STATUS_COLORS: Record<ImportJob['status'], string> = {
  uploaded: 'default',
  checked: 'blue',
  committing: 'processing',
  done: 'success',
  failed: 'error',
};

type FieldKey<E extends ImportEntity> = keyof (typeof importsEn.fields)[E];

const isKnownField = (entity: ImportEntity, key: string): key is FieldKey<typeof entity> & string =>
  Object.hasOwn(importsEn.fields[entity], key);

/** A field of an entity in the current language; a field without words keeps its key. */
export function useFieldLabel(): (entity: ImportEntity, key: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (entity: ImportEntity, key: string) =>
      isKnownField(entity, key)
        ? t(`imports.fields.${entity}.${key}` as 'imports.fields.customer.name')
        : key,
    [t],
  );
}

const isKnownCode = (code: string): code is keyof typeof importsEn.errors =>
  Object.hasOwn(importsEn.errors, code);
const isKnownTarget = (target: string): target is keyof typeof importsEn.targets =>
  Object.hasOwn(importsEn.targets, target);

/** One row error in the current language, worded from its code and params (not the server's words). */
export function useRowErrorText(): (
  error: Pick<ImportRowError, 'code' | 'params' | 'message'>,
) => string {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (!isKnownCode(error.code)) return error.message;
      const params: Record<string, string | number> = { ...error.params };
      const target = params.target;
      if (typeof target === 'string' && isKnownTarget(target))
        params.target = t(`imports.targets.${target}`);
      return t(`imports.errors.${error.code}`, params);
    },
    [t],
  );
}

/** Where an import stands, as a coloured tag. */
export function ImportStatusTag({ status }: { status: ImportJob['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="import-status">
      {t(`imports.statuses.${status}`)}
    </Tag>
  );
}

/** The list page of the records an entity's import creates. */
export const LIST_PATHS: Record<ImportEntity, string> = {
  customer: '/customers',
  contact: '/contacts',
  lead: '/leads',
  opportunity: '/opportunities',
  activity: '/customers',
  contract: '/contracts',
  payment: '/payments',
  target: '/admin/targets',
};
