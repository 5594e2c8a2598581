import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { LAYERS, yardstickPlugin } from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'bin/', 'web/src/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Only repositories and the db layer talk to Kysely (see README, Architecture).
    // Types may flow anywhere; SQL is written only in repositories, fact queries and src/db.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/**/*.repository.ts', 'src/**/*.facts.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              message: 'Only repositories, fact queries and src/db import Kysely.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Pure domain code does no I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'kysely', 'pg', 'better-sqlite3', 'fastify'],
              message: 'src/domain is pure: no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers: each folder below src/ imports only the layers below it, at any depth
    // (eslint/layers.js; CONTRIBUTING.md, "Layers").
    files: ['src/**/*.ts'],
    plugins: { yardstick: yardstickPlugin },
    rules: {
      'yardstick/layers': ['error', { layers: LAYERS, routesImportedBy: ['app'] }],
    },
  },
  {
    // Product code reads the time only through src/platform/clock.ts, so that tests and the
    // replay of past actions (atInstant) set it for every reader alike.
    files: ['src/**/*.ts'],
    ignores: ['src/platform/clock.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time through now() from src/platform/clock.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time through now() from src/platform/clock.ts.',
        },
      ],
    },
  },
  {
    // The rules of hooks for the web app; a missing effect dependency fails lint as well.
    files: ['web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
