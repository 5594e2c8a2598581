import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/departments-api';
import { createDepartment, updateDepartment } from '../../api/departments-api';
import { FormDialog } from '../../components/form-dialog';
import { DEPARTMENTS_KEY } from './admin-data';
import { DepartmentSelect } from './department-select';

export type DepartmentAction =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'rename'; department: Department }
  | { kind: 'move'; department: Department };

type DepartmentFormValues = { name?: string; parentId?: string | null };

type DepartmentFormDialogProps = {
  open: boolean;
  action: DepartmentAction;
  onClose: () => void;
  onSaved: (department: Department) => void;
};

function save(action: DepartmentAction, values: DepartmentFormValues): Promise<Department> {
  const name = values.name?.trim() ?? '';
  const parentId = values.parentId ?? null;
  switch (action.kind) {
    case 'create':
      return createDepartment(parentId ? { name, parentId } : { name });
    case 'rename':
      return updateDepartment(action.department.id, { name, version: action.department.version });
    case 'move':
      return updateDepartment(action.department.id, {
        parentId,
        version: action.department.version,
      });
  }
}

/** Create a department, rename one, or move one under another parent. */
export function DepartmentFormDialog({
  open,
  action,
  onClose,
  onSaved,
}: DepartmentFormDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const submit = async (values: DepartmentFormValues) => {
    try {
      const saved = await save(action, values);
      void message.success(t('departments.saved', { name: saved.name }));
      onSaved(saved);
    } finally {
      // Also after a conflict: the tree and this dialog then show the latest version.
      void queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY });
    }
  };

  const title =
    action.kind === 'create'
      ? t(action.parentId ? 'departments.createChild' : 'departments.create')
      : t(action.kind === 'rename' ? 'departments.renameTitle' : 'departments.moveTitle', {
          name: action.department.name,
        });
  const initialValues: DepartmentFormValues =
    action.kind === 'create'
      ? { parentId: action.parentId }
      : { name: action.department.name, parentId: action.department.parentId };

  return (
    <FormDialog<DepartmentFormValues>
      open={open}
      title={title}
      initialValues={initialValues}
      onSubmit={submit}
      onClose={onClose}
    >
      {action.kind !== 'move' && (
        <Form.Item
          name="name"
          label={t('departments.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input autoComplete="off" maxLength={100} autoFocus />
        </Form.Item>
      )}
      {action.kind !== 'rename' && (
        <Form.Item name="parentId" label={t('departments.parent')}>
          <DepartmentSelect
            placeholder={t('departments.topLevel')}
            exclude={action.kind === 'move' ? action.department.id : undefined}
          />
        </Form.Item>
      )}
    </FormDialog>
  );
}
