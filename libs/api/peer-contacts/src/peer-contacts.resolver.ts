import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLINICAL_ROLES, StaffRole } from '@carecircle/shared/domain';
import { Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { AllowRoles, CurrentStaff, RequestId } from '@carecircle/api/auth';
import { ClientPeerContactsArgs } from './client-peer-contacts.args';
import { FollowUpsDueArgs } from './follow-ups-due.args';
import { LogPeerContactInput } from './log-peer-contact.input';
import { MyPeerContactsArgs } from './my-peer-contacts.args';
import { PeerContactDefaultsModel } from './peer-contact-defaults.model';
import { PeerContactIdArgs } from './peer-contact-id.args';
import { PeerContactModel, PEER_CONTACT_UNDO_MINUTES } from './peer-contact.model';
import { PeerContactsService } from './peer-contacts.service';

@Resolver(() => PeerContactModel)
export class PeerContactsResolver {
  constructor(
    private readonly service: PeerContactsService,
    private readonly clock: Clock,
  ) {}

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Mutation(() => PeerContactModel, { description: 'Logs a contact with a client assigned to the signed-in peer support worker.' })
  async logPeerContact(
    @CurrentStaff() me: StaffPrincipal,
    @RequestId() requestId: string,
    @Args('input') input: LogPeerContactInput,
  ): Promise<PeerContactModel> {
    return PeerContactModel.from(await this.service.log({ me, requestId }, input), this.clock.today());
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Mutation(() => PeerContactModel, {
    description: `Undoes a contact the caller logged in the last ${PEER_CONTACT_UNDO_MINUTES} minutes: it is kept for the audit trail and hidden from lists.`,
  })
  async withdrawPeerContact(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() { id }: PeerContactIdArgs): Promise<PeerContactModel> {
    return PeerContactModel.from(await this.service.withdraw({ me, requestId }, id), this.clock.today());
  }

  @AllowRoles(...CLINICAL_ROLES)
  @Query(() => [PeerContactModel], { description: "A client's peer contacts, most recent first." })
  async peerContacts(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: ClientPeerContactsArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.forClient({ me, requestId }, args.clientId, args.limit)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => [PeerContactModel], { description: "The signed-in peer support worker's own contacts, most recent first." })
  async myPeerContacts(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: MyPeerContactsArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.mine({ me, requestId }, args)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => [PeerContactModel], {
    description:
      "The signed-in peer worker's contacts whose next follow-up is due by `until` and that no later contact with the client has answered, soonest first.",
  })
  async myFollowUpsDue(@CurrentStaff() me: StaffPrincipal, @RequestId() requestId: string, @Args() args: FollowUpsDueArgs): Promise<PeerContactModel[]> {
    const today = this.clock.today();
    return (await this.service.followUpsDue({ me, requestId }, args.until)).map((c) => PeerContactModel.from(c, today));
  }

  @AllowRoles(StaffRole.PEER_SUPPORT)
  @Query(() => PeerContactDefaultsModel, { description: "Mode and duration of the caller's most recent contact, as the contact form's starting values." })
  async peerContactDefaults(@CurrentStaff() me: StaffPrincipal): Promise<PeerContactDefaultsModel> {
    return Object.assign(new PeerContactDefaultsModel(), await this.service.defaults(me));
  }
}
