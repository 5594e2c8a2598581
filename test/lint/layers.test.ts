import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rule as the project's own lint configuration applies it: each case lints one line
// of code as if it were a file at the given path (the file need not exist).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1;\n`, { filePath: file });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'yardstick/layers')
    .map((message) => message.message);
}

describe('layer rule', () => {
  // Loading the configuration and its plugins takes a while on a busy machine: once, here.
  beforeAll(() => layerErrors('src/domain/x.ts', ''), 60_000);

  it.each([
    // src/domain imports nothing of ours but domain, at any depth.
    ['src/domain/metrics/x.ts', "import { now } from '../../platform/clock.js';", 'src/platform'],
    ['src/domain/a/b/x.ts', "import type { Db } from '../../../db/database.js';", 'src/db'],
    [
      'src/domain/x.ts',
      "import { a } from '../modules/customers/customers.service.js';",
      'src/modules',
    ],
    // src/db imports domain only.
    [
      'src/db/tables/x.ts',
      "import type { Actor } from '../../platform/policy/actor.js';",
      'src/platform',
    ],
    // src/platform imports db and domain, never a module (not even a type).
    [
      'src/platform/http/x.ts',
      "import type { U } from '../../modules/usage/usage-recorder.js';",
      'src/modules',
    ],
    ['src/platform/x.ts', "import { buildApp } from '../app/app.js';", 'src/app'],
    // src/modules never reach the composition root or the entry points.
    ['src/modules/leads/x.ts', "export { buildApp } from '../../app/app.js';", 'src/app'],
    ['src/modules/leads/x.ts', "const jobs = await import('../../jobs/jobs.js');", 'src/jobs'],
    [
      'src/modules/leads/x.ts',
      "import { seed } from '../../simulator/simulate.js';",
      'src/simulator',
    ],
    // Jobs and the simulator do not start the server or the command line.
    ['src/jobs/x.ts', "import { buildApp } from '../app/app.js';", 'src/app'],
    ['src/simulator/generate/x.ts', "import { serve } from '../../cli/serve.js';", 'src/cli'],
  ])('%s: %s is refused', async (file, code, reached) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`reaches ${reached}`);
  });

  it.each([
    ['src/domain/metrics/x.ts', "import { a } from '../../domain/time/org-day.js';"],
    ['src/domain/metrics/x.ts', "import { a } from '../time/org-day.js';"],
    ['src/db/x.ts', "import type { A } from '../domain/time/zone-offsets.js';"],
    ['src/platform/records/x.ts', "import { a } from '../../db/scope-filter.js';"],
    ['src/modules/leads/x.ts', "import { a } from '../customers/customers.service.js';"],
    [
      'src/modules/leads/x.ts',
      "import { a } from '../../platform/records/versioned-record.service.js';",
    ],
    ['src/modules/leads/x.ts', "import { a } from './leads.routes.js';"],
    ['src/app/x.ts', "import { a } from '../modules/leads/leads.routes.js';"],
    ['src/jobs/x.ts', "import { a } from '../modules/pool/pool-return.service.js';"],
    ['src/cli/x.ts', "import { a } from '../app/app.js';"],
    ['src/modules/leads/x.ts', "import { z } from 'zod';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it("refuses a module importing another module's routes: only the composition root registers them", async () => {
    const errors = await layerErrors(
      'src/modules/leads/x.ts',
      "import { registerCustomerRoutes } from '../customers/customers.routes.js';",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('composition root');
  });

  it('refuses imports from outside src/ and files in an undeclared top-level folder', async () => {
    expect(
      await layerErrors('src/platform/x.ts', "import { a } from '../../test/support/test-app.js';"),
    ).toEqual([expect.stringContaining('outside src/')]);
    expect(
      await layerErrors('src/reports/x.ts', "import { a } from '../domain/time/org-day.js';"),
    ).toEqual([expect.stringContaining('not a declared layer')]);
  });
});
