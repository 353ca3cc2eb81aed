import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, type RequestContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx } from '@carecircle/api/auth';
import { ClientModel, clientLoader } from '@carecircle/api/clients';
import { ConsentModel } from './consent.model';
import { ConsentRecordsService } from './consent-records.service';
import { SUPPORT_NETWORK_EDITORS, assertCounselorOrSupervisor } from './support-network-roles';

/** Adds `consents` to Client, for the counselor and supervisor (peer workers: FORBIDDEN). */
@Resolver(() => ClientModel)
export class ClientConsentsResolver {
  constructor(
    private readonly consentRecords: ConsentRecordsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(...SUPPORT_NETWORK_EDITORS)
  @ResolveField(() => [ConsentModel], {
    nullable: true,
    description: 'Every consent on file, revoked and expired included, newest first. For a peer support worker it is null with a FORBIDDEN error.',
  })
  async consents(@Parent() client: ClientModel, @Ctx() ctx: RequestContext): Promise<ConsentModel[]> {
    assertCounselorOrSupervisor(ctx, 'Consents', client.id);
    const loader = clientLoader(ctx, 'consents.byClient', (ids) => this.consentRecords.consentsForClients(ctx, ids));
    const today = this.clock.today();
    const now = this.clock.now();
    return (await loader.load(client.id)).map((c) => ConsentModel.from(c, today, now));
  }
}
