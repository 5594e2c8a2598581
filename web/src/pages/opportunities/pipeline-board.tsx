import { MoreOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Dropdown, Empty, Flex, Skeleton, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listOpportunities } from '../../api/opportunities-api';
import type { Opportunity, Stage } from '../../api/opportunities-api';
import { useFormat } from '../../components/format';
import { useErrorText } from '../../components/use-error-reporter';
import { StageChangeDialog } from './stage-change-dialog';
import type { StageMoveTarget } from './stage-change-dialog';
import { OPPORTUNITIES_KEY, useStageName, useStages } from './stage-data';

const BOARD_SIZE = 200;
const COLUMN_WIDTH = 264;

/** Opportunities by stage; a card dragged (or moved by its menu) to another column asks when. */
export function PipelineBoard({ ownerId }: { ownerId?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const stages = useStages();
  const query = {
    page: 1,
    pageSize: BOARD_SIZE,
    sort: 'updatedAt' as const,
    order: 'desc' as const,
    ownerId,
  };
  const board = useQuery({
    queryKey: [...OPPORTUNITIES_KEY, 'board', query],
    queryFn: () => listOpportunities(query),
  });
  const [target, setTarget] = useState<StageMoveTarget>();
  const [dragged, setDragged] = useState<Opportunity>();
  const error = stages.error ?? board.error;

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorText(error)}
        action={<Button onClick={() => void board.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!stages.data || !board.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const opportunities = board.data.items;
  const move = (opportunity: Opportunity, stage: Stage) => {
    if (opportunity.stageId !== stage.id && opportunity.access === 'write')
      setTarget({ opportunity, stage });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('deals.opportunities.dragHint')}
      </Typography.Paragraph>
      {opportunities.length === 0 && <Empty description={t('deals.opportunities.boardEmpty')} />}
      <div style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="pipeline-board">
        <Flex gap={12} align="start" style={{ minWidth: stages.data.length * (COLUMN_WIDTH + 12) }}>
          {stages.data.map((stage) => (
            <StageColumn
              key={stage.id}
              stage={stage}
              stages={stages.data}
              cards={opportunities.filter((o) => o.stageId === stage.id)}
              onDrop={() => dragged && move(dragged, stage)}
              onDrag={setDragged}
              onMove={move}
            />
          ))}
        </Flex>
      </div>
      <StageChangeDialog target={target} onClose={() => setTarget(undefined)} />
    </>
  );
}

type StageColumnProps = {
  stage: Stage;
  stages: Stage[];
  cards: Opportunity[];
  onDrop: () => void;
  onDrag: (opportunity: Opportunity | undefined) => void;
  onMove: (opportunity: Opportunity, stage: Stage) => void;
};

function StageColumn({ stage, stages, cards, onDrop, onDrag, onMove }: StageColumnProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useFormat();
  const stageName = useStageName();
  const [over, setOver] = useState(false);
  const total = cards.reduce((sum, card) => sum + card.amountCents, 0);
  const accept = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  return (
    <div
      data-testid={`stage-column-${stage.id}`}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDrop();
      }}
      style={{
        width: COLUMN_WIDTH,
        flex: 'none',
        background: over ? token.colorPrimaryBg : token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: 8,
        minHeight: 200,
      }}
    >
      <Flex justify="space-between" align="baseline" style={{ padding: '4px 4px 8px' }}>
        <Typography.Text strong>
          {stageName(stage.id)}{' '}
          {stage.kind !== 'open' && (
            <Tag color={stage.kind === 'won' ? 'success' : 'default'}>
              {t(`deals.opportunities.statuses.${stage.kind}`)}
            </Tag>
          )}
        </Typography.Text>
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          data-testid={`stage-total-${stage.id}`}
        >
          {t('deals.opportunities.columnSummary', {
            count: cards.length,
            amount: format.money(total),
          })}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={8}>
        {cards.length === 0 && (
          <Typography.Text type="secondary" style={{ padding: 8, fontSize: 12 }}>
            {t('deals.opportunities.columnEmpty')}
          </Typography.Text>
        )}
        {cards.map((card) => (
          <Card
            key={card.id}
            size="small"
            data-testid={`opportunity-card-${card.id}`}
            draggable={card.access === 'write'}
            onDragStart={() => onDrag(card)}
            onDragEnd={() => onDrag(undefined)}
            style={{ cursor: card.access === 'write' ? 'grab' : 'default' }}
          >
            <Flex justify="space-between" gap={4} align="start">
              <Link to={`/opportunities/${card.id}`} style={{ fontWeight: 500, minWidth: 0 }}>
                {card.name}
              </Link>
              {card.access === 'write' && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: stages
                      .filter((s) => s.id !== card.stageId)
                      .map((s) => ({
                        key: s.id,
                        label: <span data-testid={`move-to-${s.id}`}>{stageName(s.id)}</span>,
                      })),
                    onClick: ({ key }) => {
                      const next = stages.find((s) => s.id === key);
                      if (next) onMove(card, next);
                    },
                  }}
                >
                  <Button
                    type="text"
                    size="small"
                    icon={<MoreOutlined />}
                    aria-label={t('deals.opportunities.move')}
                    data-testid={`move-menu-${card.id}`}
                  />
                </Dropdown>
              )}
            </Flex>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {card.customerName ?? ' '}
            </Typography.Text>
            <Flex justify="space-between" style={{ marginTop: 4 }}>
              <Typography.Text strong>
                {format.money(card.amountCents, card.currency)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {card.expectedCloseOn ? format.date(card.expectedCloseOn) : ''}
              </Typography.Text>
            </Flex>
          </Card>
        ))}
      </Flex>
    </div>
  );
}
