import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Db } from '../db/database.js';
import { pingDatabase } from '../db/ping.js';
import { registerActivityRoutes } from '../modules/activities/activities.routes.js';
import { registerCollaboratorRoutes } from '../modules/collaborators/collaborators.routes.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { resolveSessionSecret } from '../modules/auth/auth.service.js';
import { registerContactRoutes } from '../modules/contacts/contacts.routes.js';
import { registerCustomMetricRoutes } from '../modules/custom-metrics/custom-metrics.routes.js';
import { registerCustomerRoutes } from '../modules/customers/customers.routes.js';
import { registerCycleRoutes } from '../modules/cycles/cycles.routes.js';
import { registerProductRoutes } from '../modules/products/products.routes.js';
import { registerContractRoutes } from '../modules/contracts/contracts.routes.js';
import { registerPaymentRoutes } from '../modules/payments/payments.routes.js';
import { registerTicketRoutes } from '../modules/tickets/tickets.routes.js';
import { registerFeedbackRoutes } from '../modules/feedback/feedback.routes.js';
import { registerCampaignRoutes } from '../modules/campaigns/campaigns.routes.js';
import { registerImportRoutes } from '../modules/imports/imports.routes.js';
import { registerLeadRoutes } from '../modules/leads/leads.routes.js';
import { registerSearchRoutes } from '../modules/search/search.routes.js';
import { registerDuplicateRoutes } from '../modules/duplicates/duplicates.routes.js';
import { registerMergeRoutes } from '../modules/merge/merge.routes.js';
import { registerOpportunityRoutes } from '../modules/opportunities/opportunities.routes.js';
import { registerOrgRoutes } from '../modules/org/org.routes.js';
import { registerFieldAccessRoutes } from '../modules/field-access/field-access.routes.js';
import { registerRecognitionRoutes } from '../modules/recognition/recognition.routes.js';
import { registerSettingsRoutes } from '../modules/settings/settings.routes.js';
import { registerSystemRoutes } from '../modules/system/system.routes.js';
import { registerTargetRoutes } from '../modules/targets/targets.routes.js';
import { registerTemplateRoutes } from '../modules/templates/templates.routes.js';
import { registerReviewRoutes } from '../modules/review/review.routes.js';
import { registerWorkbenchRoutes } from '../modules/workbench/workbench.routes.js';
import { registerPipelineRoutes } from '../modules/pipeline/pipeline.routes.js';
import { registerPlanRoutes } from '../modules/plans/plans.routes.js';
import { registerPoolRoutes } from '../modules/pool/pool.routes.js';
import { registerReportRoutes } from '../modules/reports/reports.routes.js';
import { registerScorecardRoutes } from '../modules/scorecard/scorecard.routes.js';
import { registerTimelineRoutes } from '../modules/timeline/timeline.routes.js';
import { registerQualityRoutes } from '../modules/quality/quality.routes.js';
import { registerNotificationRoutes } from '../modules/notifications/notifications.routes.js';
import { createUsageRecorder } from '../platform/usage/usage-recorder.js';
import type { UsageRecorder } from '../platform/http/app-context.js';
import { registerUsageRoutes } from '../modules/usage/usage.routes.js';
import { orgDayRemembered } from '../domain/time/org-day.js';
import type { Config } from '../platform/config/config.js';
import { registerErrorHandler, sendFrameworkError } from '../platform/errors/error-handler.js';
import type { AppContext } from '../platform/http/app-context.js';
import { registerErrorResponses } from '../platform/http/error-responses.js';
import { registerInputSanitiser } from '../platform/http/input-sanitiser.js';
import { registerOriginCheck } from '../platform/http/origin-check.js';
import { registerRouteAccess } from '../platform/http/route-access.js';
import { registerSecurityHeaders } from '../platform/http/security-headers.js';
import { serializerCompiler } from '../platform/http/shared-answer.js';
import { authenticatorFor } from '../modules/auth/authenticate.js';
import { withoutUnusedComponents } from '../platform/server/openapi-document.js';
import { defaultWebDist, registerWebApp } from '../platform/server/web-app.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Usage-event buffer; flushed on a timer and when the server closes. */
    usage: UsageRecorder;
  }
}

/** Where log lines go: one JSON line per write. */
export type LogSink = { write: (line: string) => void };

export type AppOptions = {
  db: Db;
  config: Config;
  /** Pino options; tests pass `false` to keep output quiet. */
  logger?: boolean | { level: string };
  /** Where the default logger writes (standard output when not given); tests read it. */
  logStream?: LogSink;
};

/** Every module's routes; a new module adds its register function here. */
const routeModules: ((app: FastifyInstance, context: AppContext) => void)[] = [
  registerAuthRoutes,
  registerOrgRoutes,
  registerCustomerRoutes,
  registerProductRoutes,
  registerContractRoutes,
  registerPaymentRoutes,
  registerTicketRoutes,
  registerFeedbackRoutes,
  registerCampaignRoutes,
  registerContactRoutes,
  registerImportRoutes,
  registerPipelineRoutes,
  registerOpportunityRoutes,
  registerLeadRoutes,
  registerSearchRoutes,
  registerDuplicateRoutes,
  registerMergeRoutes,
  registerActivityRoutes,
  registerPlanRoutes,
  registerTimelineRoutes,
  registerCollaboratorRoutes,
  registerPoolRoutes,
  registerTemplateRoutes,
  registerCycleRoutes,
  registerReviewRoutes,
  registerScorecardRoutes,
  registerReportRoutes,
  registerTargetRoutes,
  registerQualityRoutes,
  registerCustomMetricRoutes,
  registerSettingsRoutes,
  registerSystemRoutes,
  registerFieldAccessRoutes,
  registerWorkbenchRoutes,
  registerUsageRoutes,
  registerNotificationRoutes,
  registerRecognitionRoutes,
];

export async function buildApp({
  db,
  config,
  logger,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Never log credentials, whether they arrive as headers or cookies.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      ...(logStream ? { stream: logStream } : {}),
    },
    trustProxy: config.trustProxy,
    frameworkErrors: sendFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app, config.hsts);

  await app.register(fastifyCookie, {
    secret: await resolveSessionSecret(db, config.sessionSecret),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yardstick API',
        description: 'CRM and performance appraisal built on real CRM use',
        version: '1',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This Yardstick server' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ys_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => withoutUnusedComponents(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerOriginCheck(app);
  registerInputSanitiser(app);
  registerRouteAccess(app, authenticatorFor(db));
  registerErrorResponses(app);

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { config: { public: true }, schema: { hide: true } },
    async (_request, reply) => {
      if (await pingDatabase(db)) return { status: 'ok', database: db.dialect };
      return reply.status(503).send({ status: 'unavailable', database: db.dialect });
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  const usage = createUsageRecorder(db, orgDayRemembered(config.orgTimeZone), (error) =>
    app.log.error({ err: error }, 'usage events lost'),
  );
  app.addHook('onClose', () => usage.stop());
  app.decorate('usage', usage);
  const context: AppContext = { db, config, usage };
  for (const register of routeModules) register(app, context);

  await registerWebApp(app, config.webDist ?? defaultWebDist());
  return app;
}
