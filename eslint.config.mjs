import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const apiDomains = ['milestones', 'check-ins', 'peer-contacts', 'measures', 'metrics', 'care-plans', 'diagnoses', 'support-network', 'organizations', 'auth', 'audit', 'care-team', 'clients', 'database', 'platform', 'demo-data', 'app'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', 'tmp', '.data', 'libs/web/data-access/src/gql/**', '**/vite.config.mts.timestamp*'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // GraphQL input classes declare `field: number = 15` on purpose: the decorators read the type.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // Domain integration tests boot the whole app through api-testing, which composes every
          // domain; that test-only loop is expected.
          ignoredCircularDependencies: apiDomains.map((domain) => [`api-${domain}`, 'api-testing']),
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            // Browser journeys drive the web and read the demo logins from the seed.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:web'] },
            { sourceTag: 'type:domain', notDependOnLibsWithTags: ['type:app'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
];
