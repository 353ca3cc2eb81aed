import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { AllowRoles, Ctx, WriteCtx } from '@carecircle/api/auth';
import { Transaction } from '@carecircle/api/audit';
import { ClientPeerContactsArgs } from './client-peer-contacts.args';
import { FollowUpsDueArgs } from './follow-ups-due.args';
import { LogPeerContactInput } from './log-peer-contact.input';
import { MyPeerContactsArgs } from './my-peer-contacts.args';
import { PeerContactDefaultsModel } from './peer-contact-defaults.model';
import { PeerContactIdArgs } from './peer-contact-id.args';
import { PEER_CONTACT_UNDO_MINUTES } from '@carecircle/shared/domain';
import { PeerContactModel } from './peer-contact.model';
import { PeerContactsService } from './peer-contacts.service';

@Resolver(() => PeerContactModel)
export class PeerContactsResolver {
  constructor(
    private readonly service: PeerContactsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Transaction()
  @Mutation(() => PeerContactModel, { description: 'Logs a contact with a client assigned to the signed-in peer support worker.' })
  async logPeerContact(@WriteCtx() ctx: WriteContext, @Args('input') input: LogPeerContactInput): Promise<PeerContactModel> {
    return PeerContactModel.from(await this.service.log(ctx, input), this.clock.today());
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Transaction()
  @Mutation(() => PeerContactModel, {
    description: `Undoes a contact the caller logged in the last ${PEER_CONTACT_UNDO_MINUTES} minutes: it is kept for the audit trail and hidden from lists.`,
  })
  async withdrawPeerContact(@WriteCtx() ctx: WriteContext, @Args() { id }: PeerContactIdArgs): Promise<PeerContactModel> {
    return PeerContactModel.from(await this.service.withdraw(ctx, id), this.clock.today());
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [PeerContactModel], { description: "A client's peer contacts, most recent first." })
  async peerContacts(@Ctx() ctx: RequestContext, @Args() args: ClientPeerContactsArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.forClient(ctx, args.clientId, args.limit)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => [PeerContactModel], { description: "The signed-in peer support worker's own contacts, most recent first." })
  async myPeerContacts(@Ctx() ctx: RequestContext, @Args() args: MyPeerContactsArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.mine(ctx, args)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => [PeerContactModel], {
    description:
      "The signed-in peer worker's contacts whose next follow-up is due by `until` and that no later contact with the client has answered, soonest first.",
  })
  async myFollowUpsDue(@Ctx() ctx: RequestContext, @Args() args: FollowUpsDueArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.followUpsDue(ctx, args.until)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => PeerContactDefaultsModel, { description: "Mode and duration of the caller's most recent contact, as the contact form's starting values." })
  async peerContactDefaults(@Ctx() ctx: RequestContext): Promise<PeerContactDefaultsModel> {
    return Object.assign(new PeerContactDefaultsModel(), await this.service.defaults(ctx));
  }
}
