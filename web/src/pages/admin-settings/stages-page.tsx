import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckCircleOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Grid, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStage, listAllStages, updateStage } from '../../api/admin-settings-api';
import type { Stage, StageFields } from '../../api/admin-settings-api';
import { useConflictReload } from '../../components/conflict-reload';
import { useErrorReporter } from '../../components/use-error-reporter';
import { STAGES_KEY } from '../opportunities/stage-data';
import { SettingsPageFrame } from './settings-page-frame';
import { StageFormDialog } from './stage-form-dialog';

const KIND_COLORS: Record<Stage['kind'], string> = { open: 'blue', won: 'green', lost: 'red' };

/** Pipeline stages in order: add, edit, move up or down, deactivate and reactivate. */
export function StagesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const withReload = useConflictReload();
  // Its own key under the board's: refreshing after a change refreshes the board's stages too.
  const stages = useQuery({ queryKey: [...STAGES_KEY, 'all'], queryFn: listAllStages });
  const [dialog, setDialog] = useState<{ open: boolean; stageId?: string }>({ open: false });
  const [busy, setBusy] = useState(false);
  const sorted = [...(stages.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const editing = sorted.find((stage) => stage.id === dialog.stageId);
  const zh = i18n.language === 'zh-CN';
  const nameOf = (stage: Stage) => (zh ? stage.nameZh : stage.nameEn);
  // A phone shows the name in the current language only, without kind and status.
  const narrow = Grid.useBreakpoint().md === false;
  const refresh = () => queryClient.invalidateQueries({ queryKey: STAGES_KEY });

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await withReload([STAGES_KEY], work);
      void message.success(done);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  /** Swaps the order of two neighbours (equal orders are pulled apart first). */
  const move = (index: number, offset: -1 | 1) => {
    const stage = sorted[index];
    const other = sorted[index + offset];
    if (!stage || !other) return;
    const [low, high] = [
      Math.min(stage.sortOrder, other.sortOrder),
      Math.max(stage.sortOrder, other.sortOrder),
    ];
    const top = high === low ? low + 1 : high;
    const first = offset < 0 ? stage : other;
    const second = offset < 0 ? other : stage;
    void run(async () => {
      await updateStage(first, { sortOrder: low });
      await updateStage(second, { sortOrder: top });
    }, t('adminSettings.stages.moved'));
  };

  const submit = async (values: StageFields) => {
    try {
      const saved = editing
        ? await withReload([STAGES_KEY], () => updateStage(editing, values))
        : await createStage(values);
      void message.success(
        t(editing ? 'adminSettings.stages.saved' : 'adminSettings.stages.created', {
          name: nameOf(saved),
        }),
      );
    } finally {
      void refresh();
    }
  };

  const columns: TableProps<Stage>['columns'] = [
    {
      key: 'order',
      title: t('adminSettings.stages.order'),
      render: (_, stage, index) => (
        <Space size={4}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={busy || index === 0 || stage.access !== 'write'}
            aria-label={t('adminSettings.stages.moveUp', { name: nameOf(stage) })}
            onClick={() => move(index, -1)}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={busy || index === sorted.length - 1 || stage.access !== 'write'}
            aria-label={t('adminSettings.stages.moveDown', { name: nameOf(stage) })}
            onClick={() => move(index, 1)}
          />
          <span>{stage.sortOrder}</span>
        </Space>
      ),
    },
    {
      key: 'nameZh',
      dataIndex: 'nameZh',
      title: t('adminSettings.stages.nameZh'),
      hidden: narrow && !zh,
    },
    {
      key: 'nameEn',
      dataIndex: 'nameEn',
      title: t('adminSettings.stages.nameEn'),
      hidden: narrow && zh,
    },
    {
      key: 'winProbability',
      title: t('adminSettings.stages.winProbability'),
      align: 'right',
      render: (_, stage) => `${stage.winProbability}%`,
    },
    {
      key: 'kind',
      hidden: narrow,
      title: t('adminSettings.stages.kind'),
      render: (_, stage) => (
        <Tag color={KIND_COLORS[stage.kind]}>{t(`adminSettings.stages.kinds.${stage.kind}`)}</Tag>
      ),
    },
    {
      key: 'status',
      hidden: narrow,
      title: t('adminSettings.stages.status'),
      render: (_, stage) => (
        <Badge
          status={stage.active ? 'success' : 'default'}
          text={t(stage.active ? 'adminSettings.stages.active' : 'adminSettings.stages.inactive')}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, stage) =>
        stage.access === 'write' && (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              aria-label={t('adminSettings.stages.editTitle', { name: nameOf(stage) })}
              data-testid={`edit-stage-${stage.id}`}
              onClick={() => setDialog({ open: true, stageId: stage.id })}
            >
              {!narrow && t('common.edit')}
            </Button>
            {stage.active ? (
              <Popconfirm
                title={t('adminSettings.stages.deactivateConfirm', { name: nameOf(stage) })}
                okText={t('adminSettings.stages.deactivate')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run(
                    () => updateStage(stage, { active: false }),
                    t('adminSettings.stages.deactivated', { name: nameOf(stage) }),
                  )
                }
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  disabled={busy}
                  icon={narrow ? <StopOutlined /> : undefined}
                  aria-label={t('adminSettings.stages.deactivate')}
                >
                  {!narrow && t('adminSettings.stages.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="link"
                size="small"
                disabled={busy}
                icon={narrow ? <CheckCircleOutlined /> : undefined}
                aria-label={t('adminSettings.stages.reactivate')}
                onClick={() =>
                  void run(
                    () => updateStage(stage, { active: true }),
                    t('adminSettings.stages.reactivated', { name: nameOf(stage) }),
                  )
                }
              >
                {!narrow && t('adminSettings.stages.reactivate')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <SettingsPageFrame
      title={t('adminSettings.stages.title')}
      intro={t('adminSettings.stages.intro')}
      query={stages}
      testId="stages-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="create-stage"
          onClick={() => setDialog({ open: true })}
        >
          {t('adminSettings.stages.create')}
        </Button>
      }
    >
      <Card>
        <Table<Stage>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sorted}
          pagination={false}
          scroll={narrow ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('adminSettings.stages.empty') }}
          data-testid="stages-table"
        />
      </Card>
      <StageFormDialog
        key={editing ? `${editing.id}@${editing.version}` : 'new'}
        open={dialog.open}
        stage={editing}
        nextSortOrder={(sorted.at(-1)?.sortOrder ?? 0) + 10}
        onSubmit={submit}
        onClose={() => setDialog((current) => ({ ...current, open: false }))}
      />
    </SettingsPageFrame>
  );
}
