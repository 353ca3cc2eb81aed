import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES } from '@carecircle/shared/domain';
import { Clock, PageArgs, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientModel, ClientPageModel } from './client.model';
import { ClientFilterInput } from './client-filter.input';
import { ClientIdArgs } from './client-id.args';
import { ClientsService } from './clients.service';

@Resolver(() => ClientModel)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientPageModel, { description: 'Clients the caller may see: caseload, assignments or team.' })
  async clients(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ClientFilterInput, nullable: true }) filter?: ClientFilterInput,
  ): Promise<ClientPageModel> {
    const { items, total } = await this.clientsService.list(me, filter ?? {}, page);
    await this.audit.record({ actor: me, requestId, action: 'LIST', entityType: 'Client', entityIds: items.map((c) => c.id) });
    const today = this.clock.today();
    return { items: items.map((c) => ClientModel.from(c, today)), total, offset: page.offset, limit: page.limit };
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => ClientModel)
  async client(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() { id }: ClientIdArgs): Promise<ClientModel> {
    const client = await this.clientsService.get(me, id);
    await this.audit.record({ actor: me, requestId, action: 'READ', entityType: 'Client', entityIds: [client.id] });
    return ClientModel.from(client, this.clock.today());
  }
}
