import { Card, DatePicker, Empty, Flex, Form, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetPeriod } from '../../api/admin-settings-api';
import { PageHeading } from '../../components/page-heading';
import { UserSelect } from '../../components/people';
import { periodBounds } from './target-values';
import { TargetsTable } from './targets-table';

/** Per-person targets: pick a person and a month or quarter, then set a target per metric. */
export function TargetsPage() {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string>();
  const [period, setPeriod] = useState<TargetPeriod>('month');
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const bounds = periodBounds(period, day);

  return (
    <div data-testid="targets-page">
      <PageHeading title={t('adminSettings.targets.title')} />
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
        {t('adminSettings.targets.intro')} {t('adminSettings.targets.enterHint')}
      </Typography.Paragraph>
      <Card>
        <Form layout="vertical">
          <Flex gap={16} wrap align="end">
            <Form.Item label={t('adminSettings.targets.person')} style={{ marginBottom: 16 }}>
              <UserSelect
                value={userId}
                onChange={setUserId}
                placeholder={t('adminSettings.targets.pickPerson')}
                style={{ width: 260, maxWidth: '100%' }}
                data-testid="target-person"
              />
            </Form.Item>
            <Form.Item label={t('adminSettings.targets.period')} style={{ marginBottom: 16 }}>
              <Segmented<TargetPeriod>
                value={period}
                onChange={setPeriod}
                options={[
                  { value: 'month', label: t('adminSettings.targets.month') },
                  { value: 'quarter', label: t('adminSettings.targets.quarter') },
                ]}
                data-testid="target-period"
              />
            </Form.Item>
            <Form.Item label={t('adminSettings.targets.periodOf')} style={{ marginBottom: 16 }}>
              <DatePicker
                picker={period}
                value={day}
                allowClear={false}
                onChange={(picked) => picked && setDay(picked)}
                data-testid="target-month"
              />
            </Form.Item>
          </Flex>
        </Form>
        {userId ? (
          <TargetsTable
            key={`${userId}:${bounds.start}:${bounds.end}`}
            userId={userId}
            period={period}
            bounds={bounds}
          />
        ) : (
          <Empty description={t('adminSettings.targets.noPerson')} />
        )}
      </Card>
    </div>
  );
}
