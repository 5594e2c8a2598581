import type { StageRow } from './pipeline.repository.js';
import type { StageOut } from './pipeline.schema.js';

export function presentStage(stage: StageRow, access: 'read' | 'write'): StageOut {
  return {
    id: stage.id,
    nameZh: stage.nameZh,
    nameEn: stage.nameEn,
    sortOrder: stage.sortOrder,
    winProbability: stage.winProbability,
    kind: stage.kind,
    active: stage.active === 1,
    version: stage.version,
    createdAt: stage.createdAt,
    updatedAt: stage.updatedAt,
    access,
  };
}

/** The fields the history log follows for a stage. */
export function stageSnapshot(stage: StageRow): Record<string, unknown> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = stage;
  return fields;
}
