import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AfterWriteHooks } from './after-write';
import { Clock } from './clock';
import { organizationDayMiddleware } from './organization-day';

@Global()
@Module({ providers: [Clock, AfterWriteHooks], exports: [Clock, AfterWriteHooks] })
export class PlatformModule implements NestModule {
  /** Every request gets its own organization-day store, so `clock.today()` follows the caller's time zone. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(organizationDayMiddleware).forRoutes('{*path}');
  }
}
