import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Space } from 'antd';
import { cloneElement, useMemo, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getMyFieldAccess,
  revealField,
  type FieldDecision,
  type FieldEntity,
  type RevealableField,
} from '../api/field-access-api';
import { useErrorText } from './use-error-reporter';

const EDITABLE: FieldDecision = { mode: 'editable', masked: false };

/** The signed-in person's field permissions for one kind of record. */
export type FieldAccess = {
  entity: FieldEntity;
  decisionOf: (field: string) => FieldDecision;
  /**
   * The body without what this person may not write: read-only and hidden fields, and a masked
   * value sent back as it was shown (`shown`: the record as the server sent it).
   */
  writable: <T extends object>(body: T, shown?: object) => T;
};

export function useFieldAccess(entity: FieldEntity): FieldAccess {
  const { data } = useQuery({
    queryKey: ['field-access', 'mine'],
    queryFn: getMyFieldAccess,
    staleTime: 60_000,
  });
  return useMemo(() => {
    const decisions = data?.[entity] ?? {};
    const decisionOf = (field: string) => decisions[field] ?? EDITABLE;
    return {
      entity,
      decisionOf,
      writable: <T extends object>(body: T, shown?: object): T => {
        const kept = { ...body } as Record<string, unknown>;
        const before = shown as Record<string, unknown> | undefined;
        for (const [field, decision] of Object.entries(decisions)) {
          if (decision.mode !== 'editable') delete kept[field];
          else if (decision.masked && before && kept[field] === before[field]) delete kept[field];
        }
        return kept as T;
      },
    };
  }, [data, entity]);
}

type MaskedInputProps = {
  entity: FieldEntity;
  recordId: string;
  field: RevealableField;
  editable: boolean;
  value?: string | null;
  onChange?: (value: string) => void;
};

/** A masked value, read-only until revealed (a logged request); then editable if allowed. */
function MaskedInput({ entity, recordId, field, editable, value, onChange }: MaskedInputProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [revealed, setRevealed] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const reveal = async () => {
    setRevealing(true);
    try {
      onChange?.((await revealField(entity, recordId, field)) ?? '');
      setRevealed(true);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setRevealing(false);
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={value ?? ''}
        readOnly={!(revealed && editable)}
        variant={revealed && editable ? 'outlined' : 'filled'}
        onChange={(event) => onChange?.(event.target.value)}
        data-testid={`${field}-input`}
      />
      {!revealed && (
        <Button
          loading={revealing}
          onClick={() => void reveal()}
          title={t('fieldAccess.revealHint')}
          data-testid={`${field}-reveal`}
        >
          {t('fieldAccess.reveal')}
        </Button>
      )}
    </Space.Compact>
  );
}

type ControlledFieldProps = {
  access: FieldAccess;
  field: string;
  label: ReactNode;
  /** The record being edited; absent in a creation form (nothing is masked there). */
  recordId?: string | undefined;
  children: ReactElement<{ disabled?: boolean }>;
};

/**
 * A form field under field permissions: not shown when hidden, disabled when read-only, and a
 * masked phone or e-mail read-only with a "reveal" button.
 */
export function ControlledField({
  access,
  field,
  label,
  recordId,
  children,
}: ControlledFieldProps) {
  const decision = access.decisionOf(field);
  if (decision.mode === 'hidden') return null;
  const masked =
    decision.masked && recordId !== undefined && (field === 'phone' || field === 'email');
  return (
    <Form.Item name={field} label={label}>
      {masked ? (
        <MaskedInput
          entity={access.entity}
          recordId={recordId}
          field={field}
          editable={decision.mode === 'editable'}
        />
      ) : decision.mode === 'read_only' ? (
        cloneElement(children, { disabled: true })
      ) : (
        children
      )}
    </Form.Item>
  );
}
