import type { FastifyInstance } from 'fastify';
import { hasRole, type Actor } from '../../platform/policy/actor.js';
import { api, type AppContext } from '../../platform/http/app-context.js';
import { actorOf, anyUser } from '../../platform/http/route-access.js';
import {
  appraisalSettingsSchema,
  readAppraisalSettings,
  writeAppraisalSettings,
} from '../appraisal/appraisal-settings.js';

const canChangeSettings = (actor: Actor): boolean => hasRole(actor, 'admin');

export function registerSettingsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const r = api(app);
  const tags = ['settings'];

  r.get(
    '/api/v1/settings/appraisal',
    {
      config: { allow: anyUser },
      schema: {
        operationId: 'getAppraisalSettings',
        tags,
        summary: 'How the appraisal is configured (key fields of profile completeness)',
        response: { 200: appraisalSettingsSchema },
      },
    },
    async () => readAppraisalSettings(db),
  );

  r.put(
    '/api/v1/settings/appraisal',
    {
      config: { allow: canChangeSettings },
      schema: {
        operationId: 'replaceAppraisalSettings',
        tags,
        summary: 'Change the appraisal settings (admins)',
        body: appraisalSettingsSchema,
        response: { 200: appraisalSettingsSchema },
      },
    },
    async (request) => writeAppraisalSettings(db, actorOf(request), request.body),
  );
}
