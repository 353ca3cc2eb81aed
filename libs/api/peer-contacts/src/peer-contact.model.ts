import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PEER_CONTACT_UNDO_MINUTES, PeerContactMode, PracticalHelp, SupportType, type IsoDate } from '@carecircle/shared/domain';
import { StaffMemberModel, type StaffUserEntity } from '@carecircle/api/auth';
import { ClientModel, type VisibleClient } from '@carecircle/api/clients';
import type { PeerContactEntity } from './peer-contact.entity';
import './peer-contact-enums';

/** Re-exported while the service and resolver still import it from here; the rule lives in shared/domain. */

/** A contact loaded with its client (and program), as the access policy disclosed it, and its peer worker. */
export type PeerContactWithPeople = PeerContactEntity & { client?: VisibleClient; peerWorker?: StaffUserEntity };

@ObjectType('PeerContact', { description: 'A contact logged by a peer support worker: non-clinical by design.' })
export class PeerContactModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ClientModel)
  client!: ClientModel;

  @Field({ description: 'YYYY-MM-DD' })
  occurredOn!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => PeerContactMode)
  mode!: PeerContactMode;

  @Field(() => [SupportType])
  supportTypes!: SupportType[];

  @Field(() => [PracticalHelp])
  practicalHelp!: PracticalHelp[];

  @Field(() => String, { nullable: true, description: 'Non-clinical note.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  nextFollowUpOn!: string | null;

  @Field(() => StaffMemberModel)
  peerWorker!: StaffMemberModel;

  @Field({ description: 'When it was logged.' })
  loggedAt!: Date;

  @Field({ description: `Until when the peer worker who logged it can withdraw it (${PEER_CONTACT_UNDO_MINUTES} minutes after logging).` })
  undoableUntil!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when withdrawn; withdrawn contacts are left out of every list.' })
  withdrawnAt!: Date | null;

  static from(entity: PeerContactWithPeople, today: IsoDate): PeerContactModel {
    if (!entity.client || !entity.peerWorker) throw new Error('PeerContactModel.from needs the contact loaded with its client and peer worker');
    return Object.assign(new PeerContactModel(), {
      id: entity.id,
      client: ClientModel.from(entity.client, today),
      occurredOn: entity.occurredOn,
      durationMinutes: entity.durationMinutes,
      mode: entity.mode,
      supportTypes: entity.supportTypes,
      practicalHelp: entity.practicalHelp,
      note: entity.note,
      nextFollowUpOn: entity.nextFollowUpOn,
      peerWorker: StaffMemberModel.from(entity.peerWorker),
      loggedAt: entity.createdAt,
      undoableUntil: new Date(entity.createdAt.getTime() + PEER_CONTACT_UNDO_MINUTES * 60_000),
      withdrawnAt: entity.withdrawnAt,
    });
  }
}
