import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { knownErrorCode, splitDetails } from '../api/error-mapping';

/** A user-facing sentence for any error, in the current language where we know the code. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const code = knownErrorCode(error);
      if (code) return t(`errors.codes.${code}`);
      if (error instanceof ApiError && error.message) return error.message;
      return t('errors.fallback');
    },
    [t],
  );
}

/**
 * Puts server validation details next to the form fields they name; returns the messages of
 * details that name no field of this form (or all of them when there is no form).
 */
export function placeFieldErrors(error: unknown, form?: FormInstance): string[] {
  if (!(error instanceof ApiError) || error.details.length === 0) return [];
  if (!form) return error.details.map((detail) => detail.message);
  const registered = form.getFieldsError().map((field) => field.name);
  const { fields, unplaced } = splitDetails(error.details, registered);
  form.setFields(fields);
  return unplaced;
}

/**
 * Shows an error: validation details go next to their form fields, everything else into a
 * message toast.
 */
export function useErrorReporter(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const unplaced = placeFieldErrors(error, form);
      void message.error([errorText(error), ...unplaced].join(' '));
    },
    [message, errorText],
  );
}
