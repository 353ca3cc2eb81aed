import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, ApiErrorFilter, PlatformModule, createValidationPipe, formatApiError, pinoHttpOptions, type AppConfig } from '@carecircle/api/platform';
import { dataSourceOptions, type QueryCounter } from '@carecircle/api/database';
import { AuditModule, AuditTrail, auditPlugin } from '@carecircle/api/audit';
import { AuthModule, enforceFieldAccess } from '@carecircle/api/auth';
import { ClientsModule } from '@carecircle/api/clients';
import { CareTeamModule } from '@carecircle/api/care-team';
import { EpisodeOfCareModule } from '@carecircle/api/episode-of-care';
import { CaseloadModule } from '@carecircle/api/caseload';
import { CarePlansModule } from '@carecircle/api/care-plans';
import { DiagnosesModule } from '@carecircle/api/diagnoses';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { CheckInsModule } from '@carecircle/api/check-ins';
import { PeerContactsModule } from '@carecircle/api/peer-contacts';
import { MeasuresModule } from '@carecircle/api/measures';
import { ProgressNotesModule } from '@carecircle/api/progress-notes';
import { MetricsModule } from '@carecircle/api/metrics';
import { MilestonesModule } from '@carecircle/api/milestones';
import { StaffModule } from '@carecircle/api/staff';
import { SetupModule } from '@carecircle/api/setup';
import { ProgramsModule } from '@carecircle/api/programs';
import { BackupsModule } from '@carecircle/api/backups';
import { PrivacyModule } from '@carecircle/api/privacy';
import { EmergencyAccessModule } from '@carecircle/api/emergency-access';
import { entities } from './entities';
import { HealthController } from './health.controller';
import { graphqlLimitPlugins, graphqlParseOptions, graphqlValidationRules } from './graphql-limits';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

@Module({})
export class AppModule {
  /** The whole API for one configuration and one database. */
  static forRoot(config: AppConfig, databaseUrl: string, queryCounter?: QueryCounter): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: pinoHttpOptions(config) }),
        PlatformModule,
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, entities, queryCounter ? { logger: queryCounter, logging: ['query'] } : {})),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuditModule],
          inject: [AuditTrail],
          useFactory: (audit: AuditTrail) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: config.env !== 'production',
            includeStacktraceInErrorResponses: false,
            // What a document may ask for, checked before anything runs (graphql-limits.ts).
            validationRules: graphqlValidationRules(),
            parseOptions: graphqlParseOptions(),
            // The read audit of each request, written once when its response is ready.
            // Apollo's cache-control plugin (on by default) wraps every field's resolution to compute HTTP cache
            // hints; CareCircle never caches GraphQL answers (POST, per-person data), so it is only CPU per field.
            plugins: [...graphqlLimitPlugins(), auditPlugin(audit), ApolloServerPluginCacheControlDisabled()],
            // A field resolver's @AllowRoles is enforced in the schema (field-access.ts), not by running
            // Nest's guards and filters around every field of every row.
            transformSchema: enforceFieldAccess,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
            }),
            // Unexpected errors answer a generic message with an errorId, logged once without values (format-api-error.ts).
            formatError: (formatted, error) => formatApiError(formatted, error),
          }),
        }),
        AuditModule,
        AuthModule,
        ClientsModule,
        CareTeamModule,
        EpisodeOfCareModule,
        CarePlansModule,
        DiagnosesModule,
        SupportNetworkModule,
        CheckInsModule,
        PeerContactsModule,
        MeasuresModule,
        ProgressNotesModule,
        MetricsModule,
        MilestonesModule,
        CaseloadModule,
        StaffModule,
        SetupModule,
        ProgramsModule,
        BackupsModule,
        PrivacyModule,
        EmergencyAccessModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiErrorFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
