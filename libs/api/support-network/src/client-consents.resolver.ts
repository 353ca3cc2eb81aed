import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, requestLoader, type GraphQLRequestContext, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { AuditService } from '@carecircle/api/audit';
import { ClientModel } from '@carecircle/api/clients';
import { ConsentModel } from './consent.model';
import { CONSENT_ENTITY_TYPE, ConsentRecordsService } from './consent-records.service';
import { SUPPORT_NETWORK_EDITORS, assertCounselorOrSupervisor } from './support-network-roles';

/** Adds `consents` to Client, for the counselor and supervisor (peer workers: FORBIDDEN). */
@Resolver(() => ClientModel)
export class ClientConsentsResolver {
  constructor(
    private readonly consentRecords: ConsentRecordsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => [ConsentModel], {
    nullable: true,
    description: 'Every consent on file, revoked and expired included, newest first. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async consents(
    @Parent() client: ClientModel,
    @Context() ctx: GraphQLRequestContext,
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
  ): Promise<ConsentModel[]> {
    assertCounselorOrSupervisor(me, 'Consents');
    const loader = requestLoader(ctx.req, 'consents.byClient', async (clientIds: readonly string[]) => {
      const groups = await this.consentRecords.consentsForClients(clientIds);
      await this.audit.record({ actor: me, requestId, action: 'READ', entityType: CONSENT_ENTITY_TYPE, entityIds: groups.flat().map((c) => c.id) });
      return groups;
    });
    const today = this.clock.today();
    const now = this.clock.now();
    return (await loader.load(client.id)).map((c) => ConsentModel.from(c, today, now));
  }
}
