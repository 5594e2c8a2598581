import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS, type MetricUnit } from '../../domain/metrics/catalog.js';

/** docs/METRICS.md writes units as people read them; the catalogue names them. */
const UNIT_IN_DOCUMENT: Record<string, MetricUnit> = {
  '%': 'percent',
  '/week': 'per_week',
  days: 'days',
  '¥': 'money',
  count: 'count',
  min: 'minutes',
  '/5': 'rating',
  score: 'score',
};

/** Every row of the built-in metric tables: | `id` | 中文 | definition | unit | dir |. */
function documentedMetrics() {
  const text = readFileSync(new URL('../../../docs/METRICS.md', import.meta.url), 'utf8');
  const section = text.slice(
    text.indexOf('## Built-in metrics'),
    text.indexOf('## Custom metrics'),
  );
  return section
    .split('\n')
    .filter((line) => /^\|\s*`[a-z_]+`\s*\|/u.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return {
        id: (cells[1] ?? '').replaceAll('`', ''),
        unit: UNIT_IN_DOCUMENT[cells[4] ?? ''] ?? `unknown unit ${cells[4]}`,
        dir: (cells[5] ?? '').replace('−', '-'),
      };
    });
}

describe('docs/METRICS.md and the metric catalogue', () => {
  it('name the same metrics with the same unit and direction', () => {
    const documented = documentedMetrics();
    expect(documented.length).toBeGreaterThan(20);
    const catalogue = BUILT_IN_METRICS.map(({ id, unit, dir }) => ({ id, unit, dir }));
    const byId = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(catalogue)).toEqual(byId(documented));
  });
});
