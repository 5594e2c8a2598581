import { DeleteOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Popconfirm, Radio, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaborator } from '../../api/crm-types';
import { listCollaborators, shareCustomer, unshareCustomer } from '../../api/customers-api';
import { FormDialog } from '../../components/form-dialog';
import { useFormat } from '../../components/format';
import { UserSelect, useUserNames } from '../../components/people';
import { useErrorReporter } from '../../components/use-error-reporter';

type ShareForm = { userId: string; access: 'read' | 'write'; until?: Dayjs | null };

/** 协作人: colleagues who may read or edit this customer, optionally until a date. */
export function CollaboratorsPanel({
  customerId,
  writable,
}: {
  customerId: string;
  writable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const reportError = useErrorReporter();
  const names = useUserNames();
  const queryClient = useQueryClient();
  const key = ['customers', 'collaborators', customerId];
  const list = useQuery({ queryKey: key, queryFn: () => listCollaborators(customerId) });
  const [sharing, setSharing] = useState(false);

  const share = async ({ userId, access, until }: ShareForm) => {
    await shareCustomer(customerId, {
      userId,
      access,
      until: until ? until.endOf('day').toISOString() : null,
    });
    void queryClient.invalidateQueries({ queryKey: key });
    void message.success(t('customers.share.shared', { name: names.get(userId) ?? '' }));
  };
  const remove = async (userId: string) => {
    try {
      await unshareCustomer(customerId, userId);
      void message.success(t('customers.share.removed'));
    } catch (error) {
      reportError(error);
    } finally {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };

  const columns: TableProps<Collaborator>['columns'] = [
    { key: 'user', title: t('customers.share.user'), render: (_, c) => c.userName },
    {
      key: 'access',
      title: t('customers.share.access'),
      render: (_, c) => (
        <Tag color={c.access === 'write' ? 'blue' : 'default'}>
          {t(`customers.share.${c.access}`)}
        </Tag>
      ),
    },
    {
      key: 'until',
      title: t('customers.share.until'),
      render: (_, c) => (
        <>
          {c.until ? format.date(c.until) : t('customers.share.forever')}{' '}
          {c.expired && <Tag color="warning">{t('customers.share.expired')}</Tag>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) =>
        writable && (
          <Popconfirm title={t('customers.share.remove')} onConfirm={() => remove(c.userId)}>
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              {t('customers.share.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {writable && (
        <Button
          icon={<ShareAltOutlined />}
          style={{ alignSelf: 'start' }}
          onClick={() => setSharing(true)}
        >
          {t('customers.share.add')}
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
      />
      <FormDialog<ShareForm>
        open={sharing}
        title={t('customers.share.title')}
        initialValues={{ access: 'read' }}
        onSubmit={share}
        onClose={() => setSharing(false)}
      >
        <Form.Item name="userId" label={t('customers.share.user')} rules={[{ required: true }]}>
          <UserSelect />
        </Form.Item>
        <Form.Item name="access" label={t('customers.share.access')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'read', label: t('customers.share.read') },
              { value: 'write', label: t('customers.share.write') },
            ]}
          />
        </Form.Item>
        <Form.Item name="until" label={t('customers.share.until')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
