import type { StageKind } from './pipeline.schema.js';

type DefaultStage = {
  id: string;
  nameZh: string;
  nameEn: string;
  winProbability: number;
  kind: StageKind;
};

/**
 * The stages a new installation starts with. Fixed ids make seeding idempotent even when two
 * app processes start at once against the same PostgreSQL database.
 */
export const DEFAULT_STAGES: readonly DefaultStage[] = [
  {
    id: 'stage-qualification',
    nameZh: '初步接洽',
    nameEn: 'Qualification',
    winProbability: 10,
    kind: 'open',
  },
  {
    id: 'stage-needs-analysis',
    nameZh: '需求确认',
    nameEn: 'Needs analysis',
    winProbability: 30,
    kind: 'open',
  },
  {
    id: 'stage-proposal',
    nameZh: '方案报价',
    nameEn: 'Proposal',
    winProbability: 60,
    kind: 'open',
  },
  {
    id: 'stage-negotiation',
    nameZh: '谈判',
    nameEn: 'Negotiation',
    winProbability: 80,
    kind: 'open',
  },
  { id: 'stage-won', nameZh: '赢单', nameEn: 'Won', winProbability: 100, kind: 'won' },
  { id: 'stage-lost', nameZh: '输单', nameEn: 'Lost', winProbability: 0, kind: 'lost' },
];
