import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

/** Deepest selection a document may make; the web's deepest (the care-plan tree) needs 8. */
export const MAX_QUERY_DEPTH = 10;

/** Validation rules every document passes before anything runs. */
export function graphqlValidationRules(): ValidationRule[] {
  return [depthLimit(MAX_QUERY_DEPTH)];
}

/** Apollo plugins that refuse costly documents before execution. */
export function graphqlLimitPlugins(): ApolloServerPlugin[] {
  return [];
}
