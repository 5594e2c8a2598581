import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { adminSettingsEn } from '../../i18n/admin-settings.en';

type FieldName = keyof typeof adminSettingsEn.customMetrics.fieldNames;
type EntityName = keyof typeof adminSettingsEn.customMetrics.entities;

const isFieldName = (name: string): name is FieldName =>
  Object.hasOwn(adminSettingsEn.customMetrics.fieldNames, name);
const isEntityName = (name: string): name is EntityName =>
  Object.hasOwn(adminSettingsEn.customMetrics.entities, name);

/** A catalogue field in the user's language, with its technical name when we have no label. */
export function useFieldLabel(): (name: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: string) =>
      isFieldName(name) ? t(`adminSettings.customMetrics.fieldNames.${name}`) : name,
    [t],
  );
}

export function useEntityLabel(): (entity: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (entity: string) =>
      isEntityName(entity) ? t(`adminSettings.customMetrics.entities.${entity}`) : entity,
    [t],
  );
}
