import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTrail } from './audit-trail';
import { TransactionInterceptor } from './transaction.decorator';
import { WritePath } from './write-path';

/**
 * The write path and the audit trail. Global because every domain module's mutations run through
 * @Transaction(), whose interceptor Nest resolves in the resolver's own module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditTrail, WritePath, TransactionInterceptor],
  exports: [AuditTrail, WritePath, TransactionInterceptor],
})
export class AuditModule {}
