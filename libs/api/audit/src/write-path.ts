import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AfterWriteHooks, WriteTransaction, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AuditTrail } from './audit-trail';

/**
 * The one way data changes: opens the transaction, binds the request context to it (services read
 * and write through `ctx.manager`), and writes the audit rows inside the same transaction, so a
 * change and its audit commit or roll back together. Mutations reach it through @Transaction().
 */
@Injectable()
export class WritePath {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly afterWrite: AfterWriteHooks,
  ) {}

  async run<T>(ctx: RequestContext, work: (write: WriteContext) => Promise<T>): Promise<T> {
    if (ctx.isWriting()) return work(ctx);
    return this.dataSource.transaction(async (manager) => {
      const transaction = new WriteTransaction(manager);
      const write = ctx.enterWrite(transaction);
      try {
        const result = await work(write);
        await this.audit.insert(ctx, transaction.auditRows(), manager);
        // What is derived from the write and must commit with it (the stored risk flags of the
        // clients whose risk inputs it changed): a reader right after sees the write's effect.
        await this.afterWrite.run(write);
        return result;
      } finally {
        ctx.leaveWrite();
      }
    });
  }
}

/**
 * For start-up jobs that run outside any request (the demo seed): one transaction, and no audit
 * rows, since no staff member is acting. Kept here so that every transaction opens in this file.
 */
export function runJobInTransaction<T>(dataSource: DataSource, job: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(job);
}
