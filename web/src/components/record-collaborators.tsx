import { DeleteOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Flex, Form, Popconfirm, Radio, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCollaborators, shareRecord, unshareRecord } from '../api/record-api';
import type { Collaborator, SharedCollection } from '../api/record-api';
import { FormDialog } from './form-dialog';
import { useFormatters } from './formatters';
import { UserSelect } from './people';
import { useErrorReporter } from './use-error-reporter';

type ShareForm = { userId: string; access: 'read' | 'write'; until?: Dayjs | null };

type RecordCollaboratorsProps = {
  /** The record's collection (`customers`, `opportunities`) and id. */
  collection: SharedCollection;
  id: string;
  /** The user may share and unshare (write access to the record). */
  writable: boolean;
};

/**
 * 协作人 of any shareable record (customers, opportunities): who may read or edit it, until when;
 * share with a colleague or stop sharing.
 */
export function RecordCollaborators({ collection, id, writable }: RecordCollaboratorsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatters();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const queryKey = ['collaborators', collection, id];
  const list = useQuery({ queryKey, queryFn: () => listCollaborators(collection, id) });
  const [sharing, setSharing] = useState(false);

  const share = async ({ userId, access, until }: ShareForm) => {
    const shared = await shareRecord(collection, id, {
      userId,
      access,
      until: until ? until.endOf('day').toISOString() : null,
    });
    void message.success(t('dealRecords.share.shared', { name: shared.userName }));
    await queryClient.invalidateQueries({ queryKey });
  };
  const remove = async (userId: string) => {
    try {
      await unshareRecord(collection, id, userId);
      void message.success(t('dealRecords.share.removed'));
    } catch (error) {
      reportError(error);
    } finally {
      void queryClient.invalidateQueries({ queryKey });
    }
  };

  const columns: TableProps<Collaborator>['columns'] = [
    { key: 'user', title: t('dealRecords.share.user'), render: (_, c) => c.userName },
    {
      key: 'access',
      title: t('dealRecords.share.access'),
      render: (_, c) => (
        <Tag color={c.access === 'write' ? 'blue' : 'default'}>
          {t(`dealRecords.share.${c.access}`)}
        </Tag>
      ),
    },
    {
      key: 'until',
      title: t('dealRecords.share.until'),
      render: (_, c) => (
        <>
          {c.until ? format.date(c.until) : t('dealRecords.share.forever')}{' '}
          {c.expired && <Tag color="warning">{t('dealRecords.share.expired')}</Tag>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) =>
        writable && (
          <Popconfirm
            title={t('dealRecords.share.removeConfirm')}
            onConfirm={() => remove(c.userId)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              {t('dealRecords.share.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="collaborators">
      {writable && (
        <Button
          icon={<ShareAltOutlined />}
          style={{ alignSelf: 'start' }}
          data-testid="share-record"
          onClick={() => setSharing(true)}
        >
          {t('dealRecords.share.add')}
        </Button>
      )}
      <Table<Collaborator>
        rowKey="userId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={list.data}
        loading={list.isPending}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('dealRecords.share.none')} /> }}
      />
      <FormDialog<ShareForm>
        open={sharing}
        title={t('dealRecords.share.title')}
        initialValues={{ access: 'read' }}
        onSubmit={share}
        onClose={() => setSharing(false)}
      >
        <Form.Item name="userId" label={t('dealRecords.share.user')} rules={[{ required: true }]}>
          <UserSelect />
        </Form.Item>
        <Form.Item name="access" label={t('dealRecords.share.access')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'read', label: t('dealRecords.share.read') },
              { value: 'write', label: t('dealRecords.share.write') },
            ]}
          />
        </Form.Item>
        <Form.Item name="until" label={t('dealRecords.share.until')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
