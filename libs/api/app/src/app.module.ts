import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import depthLimit from 'graphql-depth-limit';
import { APP_CONFIG, ApiErrorFilter, PlatformModule, createValidationPipe, formatApiError, type AppConfig } from '@carecircle/api/platform';
import { dataSourceOptions, type QueryCounter } from '@carecircle/api/database';
import { AuditModule, AuditTrail, auditPlugin } from '@carecircle/api/audit';
import { AuthModule } from '@carecircle/api/auth';
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
import { entities } from './entities';
import { HealthController } from './health.controller';

export const MAX_QUERY_DEPTH = 10;

@Module({})
export class AppModule {
  /** The whole API for one configuration and one database. */
  static forRoot(config: AppConfig, databaseUrl: string, queryCounter?: QueryCounter): DynamicModule {
    const errorLogger = new Logger('GraphQL');
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => (req as unknown as { requestId?: string }).requestId ?? '',
            // Bodies can hold health information: log method, path, status and timing only.
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              res: (res: { statusCode: number }) => ({
                statusCode: res.statusCode,
              }),
            },
            transport: config.env === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
            autoLogging: {
              ignore: (req) => req.url === '/health' || !(req.url ?? '').startsWith('/graphql'),
            },
          },
        }),
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
            validationRules: [depthLimit(MAX_QUERY_DEPTH)],
            // The read audit of each request, written once when its response is ready.
            plugins: [auditPlugin(audit)],
            // Guards run on @ResolveField methods too, so a field's @AllowRoles is enforced, not just declared.
            fieldResolverEnhancers: ['guards', 'filters'],
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
            }),
            formatError: (formatted) =>
              formatApiError(formatted, (unexpected) => errorLogger.error({ err: unexpected }, 'Unexpected GraphQL error')),
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
