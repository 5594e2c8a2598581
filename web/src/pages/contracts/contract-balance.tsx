import { Card, Flex, Progress, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../api/contracts-api';
import { useFormatters } from '../../components/formatters';

/** Share of the contract amount received, 0–100 (a fully or over-paid contract is 100). */
export function collectedPercent(contract: Pick<Contract, 'amountCents' | 'paidCents'>): number {
  if (contract.amountCents <= 0) return contract.paidCents > 0 ? 100 : 0;
  return Math.min(100, Math.floor((contract.paidCents / contract.amountCents) * 1000) / 10);
}

/** 回款进度: paid and remaining with a progress bar. */
export function ContractBalance({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (cents: number) => format.money(cents, contract.currency);
  const overpaid = contract.balanceCents < 0;
  const done = contract.balanceCents <= 0;
  return (
    <Card title={t('deals.contracts.balance')} data-testid="contract-balance">
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic
            title={t('deals.contracts.fields.paidCents')}
            value={money(contract.paidCents)}
            data-testid="contract-paid"
          />
          <Statistic
            title={t('deals.contracts.fields.balanceCents')}
            value={money(Math.max(contract.balanceCents, 0))}
            data-testid="contract-remaining"
          />
        </Flex>
        <Progress
          percent={collectedPercent(contract)}
          status={done ? 'success' : 'active'}
          data-testid="contract-progress"
          aria-label={t('deals.contracts.balance')}
        />
        <Typography.Text type={overpaid ? 'warning' : 'secondary'}>
          {t('deals.contracts.paidOf', {
            paid: money(contract.paidCents),
            amount: money(contract.amountCents),
          })}
          {' · '}
          {overpaid
            ? t('deals.contracts.overpaid', { amount: money(-contract.balanceCents) })
            : done
              ? t('deals.contracts.fullyPaid')
              : t('deals.contracts.remaining', { amount: money(contract.balanceCents) })}
          {contract.fullyPaidOn &&
            ` · ${t('deals.contracts.fields.fullyPaidOn')} ${format.date(contract.fullyPaidOn)}`}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
