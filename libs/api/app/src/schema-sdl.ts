import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authResolvers } from '@carecircle/api/auth';
import { clientResolvers } from '@carecircle/api/clients';
import { careTeamResolvers } from '@carecircle/api/care-team';
import { episodeOfCareResolvers } from '@carecircle/api/episode-of-care';
import { caseloadResolvers } from '@carecircle/api/caseload';
import { carePlanResolvers } from '@carecircle/api/care-plans';
import { diagnosisResolvers } from '@carecircle/api/diagnoses';
import { supportNetworkResolvers } from '@carecircle/api/support-network';
import { checkInResolvers } from '@carecircle/api/check-ins';
import { peerContactResolvers } from '@carecircle/api/peer-contacts';
import { measureResolvers } from '@carecircle/api/measures';
import { progressNoteResolvers } from '@carecircle/api/progress-notes';
import { metricsResolvers } from '@carecircle/api/metrics';
import { milestoneResolvers } from '@carecircle/api/milestones';
import { staffResolvers } from '@carecircle/api/staff';
import { setupResolvers } from '@carecircle/api/setup';
import { programsResolvers } from '@carecircle/api/programs';
import { backupsResolvers } from '@carecircle/api/backups';
import { privacyResolvers } from '@carecircle/api/privacy';
import { emergencyAccessResolvers } from '@carecircle/api/emergency-access';

/**
 * Every resolver class in the API, from each lib's one list. Printing the schema from this list needs no database; the
 * schema-is-current test compares the running app's schema with the committed file, so a resolver
 * missing here fails that test.
 */

export const resolverClasses: Type<unknown>[] = [
  ...authResolvers,
  ...clientResolvers,
  ...careTeamResolvers,
  ...episodeOfCareResolvers,
  ...caseloadResolvers,
  ...carePlanResolvers,
  ...diagnosisResolvers,
  ...supportNetworkResolvers,
  ...checkInResolvers,
  ...peerContactResolvers,
  ...measureResolvers,
  ...progressNoteResolvers,
  ...metricsResolvers,
  ...milestoneResolvers,
  ...staffResolvers,
  ...setupResolvers,
  ...programsResolvers,
  ...backupsResolvers,
  ...privacyResolvers,
  ...emergencyAccessResolvers,
];

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
