import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addReply, listReplies } from '../../api/service-api';
import type { TicketReply } from '../../api/service-api';
import { useFormat } from '../../components/format';
import { useUserNames } from '../../components/people';
import { useErrorReporter } from '../../components/use-error-reporter';
import { TICKETS_KEY } from './ticket-labels';

/** The conversation on a ticket, oldest first, with a reply box when the user may write. */
export function TicketReplies({ ticketId, writable }: { ticketId: string; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const names = useUserNames();
  const reportError = useErrorReporter();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const [sending, setSending] = useState(false);
  const replies = useQuery({
    queryKey: [...TICKETS_KEY, 'replies', ticketId],
    queryFn: () => listReplies(ticketId),
  });

  const send = async ({ body }: { body: string }) => {
    setSending(true);
    try {
      await addReply(ticketId, body);
      form.resetFields();
      void message.success(t('service.tickets.replied'));
      void queryClient.invalidateQueries({ queryKey: TICKETS_KEY });
    } catch (error) {
      reportError(error, form);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <List<TicketReply>
        loading={replies.isPending}
        dataSource={replies.data?.items}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('service.tickets.noReplies')}
            />
          ),
        }}
        renderItem={(reply) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Flex gap={8} wrap>
                  <Typography.Text strong>{names.get(reply.authorId) ?? '…'}</Typography.Text>
                  <Typography.Text type="secondary">
                    {format.dateTime(reply.createdAt)}
                  </Typography.Text>
                </Flex>
              }
              description={
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {reply.body}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
      {writable && (
        <Form form={form} onFinish={(values) => void send(values)}>
          <Form.Item name="body" rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={10000}
              placeholder={t('service.tickets.replyHint')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending}>
            {t('service.tickets.reply')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}
