import { applyDecorators, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContextOf, type CareCircleRequest } from '@carecircle/api/platform';
import { WritePath } from './write-path';

export const WRITE_PATH = 'carecircle:write-path';

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private readonly writePath: WritePath) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = GqlExecutionContext.create(context).getContext<{ req: CareCircleRequest }>().req;
    return from(this.writePath.run(requestContextOf(req), () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}

/**
 * Runs a mutation in the write path (Vendure's @Transaction() is the model): one transaction for
 * the whole mutation, with its audit rows. Every mutation declares it; a test walks them all, and
 * `@WriteCtx()` refuses to hand a handler without it a context that can write.
 */
export const Transaction = () => applyDecorators(SetMetadata(WRITE_PATH, true), UseInterceptors(TransactionInterceptor));
