import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const apiDomains = ['milestones', 'check-ins', 'peer-contacts', 'measures', 'progress-notes', 'metrics', 'care-plans', 'diagnoses', 'support-network', 'organizations', 'auth', 'audit', 'care-team', 'clients', 'database', 'platform', 'demo-data', 'app', 'episode-of-care', 'caseload', 'staff', 'setup', 'programs', 'backups', 'privacy', 'emergency-access'];

/**
 * The API's layers, bottom up: platform and database; audit (the write path) and auth; the client
 * record; the clinical domains; the aggregates over them (metrics, caseload); the app. A lib may
 * import its own layer and the ones below it, never one above.
 */
const apiLayers = ['platform', 'core', 'record', 'domain', 'aggregate', 'app'];
const layerConstraints = apiLayers.map((layer, i) => ({
  sourceTag: `layer:${layer}`,
  onlyDependOnLibsWithTags: ['scope:shared', ...apiLayers.slice(0, i + 1).map((below) => `layer:${below}`)],
}));

const scopeConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  // Browser journeys drive the web and read the demo logins from the seed.
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:web'] },
  { sourceTag: 'type:domain', notDependOnLibsWithTags: ['type:app'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'scope:shared'] },
];

const boundaries = (depConstraints) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    // Domain integration tests boot the whole app through api-testing, which composes every
    // domain; that test-only loop is expected.
    ignoredCircularDependencies: apiDomains.map((domain) => [`api-${domain}`, 'api-testing']),
    depConstraints,
  },
];

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
      '@nx/enforce-module-boundaries': boundaries([...scopeConstraints, ...layerConstraints]),
    },
  },
  {
    // Tests boot the whole app (api-testing sits at the top), so layers bind production code only.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.type-spec.ts', '**/*.spec.tsx'],
    rules: { '@nx/enforce-module-boundaries': boundaries(scopeConstraints) },
  },
  {
    // One write path: transactions are opened only by it, so no service can start its own.
    files: ['libs/api/**/*.ts'],
    ignores: ['**/*spec.ts', 'libs/api/audit/src/write-path.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Writes go through the write path: decorate the mutation with @Transaction() and take a WriteContext.',
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
