// The layer rule of Yardstick's server code (see CONTRIBUTING.md, "Layers").
//
// Every relative import, re-export and dynamic import under src/ is resolved against the
// importing file, so an import that reaches another layer is caught at any depth
// (`../../../platform/x.js` as much as `../platform/x.js`). The layer of a file is the first
// folder below src/; each layer lists the layers it may import. Type-only imports count too:
// a type is a dependency. A module's routes (`src/modules/<name>/*.routes.ts`) are registered
// by the composition root only, so no other layer or module imports them.
//
// A local rule rather than a plugin: the plugins that check import paths resolve them through
// an import resolver, and without a TypeScript resolver they cannot map our `./x.js`
// specifiers to `./x.ts` files and let such imports pass unchecked.
import path from 'node:path';

const SOURCE_ROOT = 'src';

/** @param {string} file absolute path; @returns {string[] | null} the path below src/ */
function partsBelowSource(file, root) {
  const relative = path.relative(path.join(root, SOURCE_ROOT), file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep);
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between the layers of src/ follow the declared direction.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
          routesImportedBy: { type: 'array', items: { type: 'string' } },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward: 'src/{{from}} may import only {{allowed}}; this import reaches src/{{to}}.',
      outside: 'src/ imports nothing of the project outside src/ ({{target}}).',
      unknownLayer:
        'src/{{from}} is not a declared layer: add it to the layer rule in eslint.config.js.',
      routes:
        "A module's routes are registered by the composition root only (src/{{allowed}}); this imports {{target}}.",
    },
  },
  create(context) {
    const { layers, routesImportedBy = [] } = context.options[0];
    const root = context.cwd;
    const fromParts = partsBelowSource(context.filename, root);
    if (!fromParts || fromParts.length < 2) return {};
    const from = fromParts[0];
    const allowed = layers[from];
    let reportedUnknown = false;

    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.')) return;
      if (!allowed) {
        if (!reportedUnknown) context.report({ node, messageId: 'unknownLayer', data: { from } });
        reportedUnknown = true;
        return;
      }
      const target = path.resolve(path.dirname(context.filename), specifier);
      const toParts = partsBelowSource(target, root);
      if (!toParts) {
        context.report({
          node,
          messageId: 'outside',
          data: { target: path.relative(root, target) },
        });
        return;
      }
      const to = toParts[0];
      if (to !== from && !allowed.includes(to)) {
        context.report({
          node,
          messageId: 'upward',
          data: { from, to, allowed: [from, ...allowed].join(', ') },
        });
        return;
      }
      const isRoutes = to === 'modules' && /\.routes\.(js|ts)$/.test(specifier);
      const sameModule = from === 'modules' && fromParts[1] === toParts[1];
      if (isRoutes && !sameModule && !routesImportedBy.includes(from)) {
        context.report({
          node,
          messageId: 'routes',
          data: { allowed: routesImportedBy.join(', src/'), target: toParts.join('/') },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

/**
 * Who may import whom under src/. Every layer may import itself; modules import each other
 * (a module uses another's services or repositories, never its routes).
 */
export const LAYERS = {
  // Pure rules and numbers: no I/O, nothing else of ours.
  domain: [],
  // Kysely, the tables, migrations and shared SQL helpers.
  db: ['domain'],
  // What every capability builds on: clock, ids, errors, HTTP conventions, policy, history,
  // versioned records and ownership.
  platform: ['db', 'domain'],
  // The capabilities (customers, activities, scorecard, cycles, …).
  modules: ['platform', 'db', 'domain'],
  // Scheduled work: calls the services of the modules it runs.
  jobs: ['modules', 'platform', 'db', 'domain'],
  // The demo company generator: writes through the modules' services like a user would.
  simulator: ['modules', 'platform', 'db', 'domain'],
  // The composition root: assembles the server from every module and prepares the database.
  app: ['modules', 'platform', 'db', 'domain'],
  // The command line: the process entry point, starts the server, the scheduler or the seed.
  cli: ['app', 'jobs', 'simulator', 'modules', 'platform', 'db', 'domain'],
};

export const yardstickPlugin = { rules: { layers: layersRule } };
