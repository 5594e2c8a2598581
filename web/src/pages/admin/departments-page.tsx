import { DragOutlined, EditOutlined, EllipsisOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Empty, Flex, Spin, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/departments-api';
import { PageHeading } from '../../components/page-heading';
import { useErrorText } from '../../components/use-error-reporter';
import { useDepartments } from './admin-data';
import { DepartmentFormDialog } from './department-form-dialog';
import type { DepartmentAction } from './department-form-dialog';
import { buildDepartmentTree } from './department-tree';
import type { DepartmentNode } from './department-tree';

type Dialog = { open: boolean; action: DepartmentAction };

export function DepartmentsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const departments = useDepartments();
  const tree = useMemo(() => buildDepartmentTree(departments.data ?? []), [departments.data]);
  /** null = everything expanded (the default until the user collapses something). */
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [dialog, setDialog] = useState<Dialog>({
    open: false,
    action: { kind: 'create', parentId: null },
  });

  // Rename and move act on the latest loaded version, so a conflict's refetch is picked up.
  const fresh = (department: Department) =>
    departments.data?.find((candidate) => candidate.id === department.id) ?? department;
  const action: DepartmentAction =
    dialog.action.kind === 'create'
      ? dialog.action
      : { kind: dialog.action.kind, department: fresh(dialog.action.department) };
  const open = (next: DepartmentAction) => setDialog({ open: true, action: next });

  const onSaved = (saved: Department) => {
    if (expanded && saved.parentId) setExpanded([...expanded, saved.parentId]);
  };

  const renderNode = ({ department }: DepartmentNode) => (
    <Flex align="center" justify="space-between" gap={8}>
      <Typography.Text ellipsis>{department.name}</Typography.Text>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'child', icon: <PlusOutlined />, label: t('departments.createChild') },
            { key: 'rename', icon: <EditOutlined />, label: t('departments.rename') },
            { key: 'move', icon: <DragOutlined />, label: t('departments.move') },
          ],
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            if (key === 'child') open({ kind: 'create', parentId: department.id });
            if (key === 'rename' || key === 'move') open({ kind: key, department });
          },
        }}
      >
        <Button
          type="text"
          size="small"
          icon={<EllipsisOutlined />}
          aria-label={t('departments.actions', { name: department.name })}
          data-testid={`department-actions-${department.id}`}
          onClick={(event) => event.stopPropagation()}
        />
      </Dropdown>
    </Flex>
  );

  const createButton = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      data-testid="create-department"
      onClick={() => open({ kind: 'create', parentId: null })}
    >
      {t('departments.create')}
    </Button>
  );

  return (
    <>
      <PageHeading title={t('departments.title')} extra={tree.length > 0 && createButton} />
      <Card>
        {departments.isPending && <Spin />}
        {departments.isError && (
          <Alert
            type="error"
            showIcon
            title={errorText(departments.error)}
            action={<Button onClick={() => void departments.refetch()}>{t('common.retry')}</Button>}
          />
        )}
        {departments.isSuccess && tree.length === 0 && (
          <Empty description={t('departments.empty')}>{createButton}</Empty>
        )}
        {tree.length > 0 && (
          <Tree<DepartmentNode>
            data-testid="department-tree"
            blockNode
            showLine
            selectable={false}
            treeData={tree}
            expandedKeys={expanded ?? departments.data?.map((department) => department.id)}
            onExpand={setExpanded}
            titleRender={renderNode}
            style={{ maxWidth: 640 }}
          />
        )}
      </Card>
      <DepartmentFormDialog
        key={
          action.kind === 'create'
            ? 'create'
            : `${action.department.id}@${action.department.version}`
        }
        open={dialog.open}
        action={action}
        onClose={() => setDialog((current) => ({ ...current, open: false }))}
        onSaved={onSaved}
      />
    </>
  );
}
