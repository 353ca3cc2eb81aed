import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { AuthResolver } from '@carecircle/api/auth';
import { ClientsResolver } from '@carecircle/api/clients';
import { ClientCareTeamResolver } from '@carecircle/api/care-team';

/**
 * Every resolver class in the API. Printing the schema from this list needs no database; the
 * schema-is-current test compares the running app's schema with the committed file, so a resolver
 * missing here fails that test.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolverClasses: Function[] = [AuthResolver, ClientsResolver, ClientCareTeamResolver];

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function buildSchemaSdl(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create(resolverClasses);
    return printSortedSchema(schema);
  } finally {
    await context.close();
  }
}
