import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@carecircle/api/platform';
import { ClientAccessPolicy } from './client-access.policy';
import type { VisibleClient } from './visible-client';

@Injectable()
export class ClientsService {
  constructor(private readonly access: ClientAccessPolicy) {}

  get(ctx: RequestContext, clientId: string): Promise<VisibleClient> {
    return this.access.findVisibleClient(ctx, clientId);
  }
}
