import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web app. Documents live next to the feature that uses them
 * (`graphql(\`…\`)` from `@carecircle/web/data-access`); `npm run codegen` reprints the API schema
 * and regenerates `libs/web/data-access/src/gql/`. A spec fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/src/**/*.{ts,tsx}', '!libs/web/data-access/src/gql/**', '!libs/web/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as string-literal unions: no runtime enum objects in the bundle.
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
