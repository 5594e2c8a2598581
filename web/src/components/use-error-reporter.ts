import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { detailText, errorText, splitDetails, type Translate } from '../api/error-mapping';

/** i18next's `t` for keys built from error codes (the catalogue test keeps them all present). */
function useTranslate(): Translate {
  const { t } = useTranslation();
  return useCallback(
    (key: string, values?: Record<string, string | number>) =>
      t(key as 'errors.fallback', values ?? {}),
    [t],
  );
}

/** A user-facing sentence for any error, worded from its code and parameters. */
export function useErrorText(): (error: unknown) => string {
  const translate = useTranslate();
  return useCallback((error: unknown) => errorText(error, translate), [translate]);
}

/**
 * Puts server validation details, worded, next to the form fields they name; returns the words of
 * details that name no field of this form (or of all of them when there is no form).
 */
export function placeFieldErrors(error: unknown, t: Translate, form?: FormInstance): string[] {
  if (!(error instanceof ApiError) || error.details.length === 0) return [];
  if (!form) return error.details.map((detail) => detailText(detail, t));
  const registered = form.getFieldsError().map((field) => field.name);
  const { fields, unplaced } = splitDetails(error.details, registered, t);
  form.setFields(fields);
  return unplaced;
}

/** `placeFieldErrors` in the current language. */
export function useFieldErrors(): (error: unknown, form?: FormInstance) => string[] {
  const translate = useTranslate();
  return useCallback(
    (error: unknown, form?: FormInstance) => placeFieldErrors(error, translate, form),
    [translate],
  );
}

/**
 * Shows an error: validation details go next to their form fields, everything else into a
 * message toast.
 */
export function useErrorReporter(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const unplaced = fieldErrors(error, form);
      void message.error([errorText(error), ...unplaced].join(' '));
    },
    [message, errorText, fieldErrors],
  );
}
