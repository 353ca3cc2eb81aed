import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsentRecipientKind, ConsentScope, isConsentActive, type IsoDate } from '@carecircle/shared/domain';
import { StaffMemberModel } from '@carecircle/api/auth';
import type { ConsentEntity } from './consent.entity';
import { ConsentStatus, consentStatus } from './consent-status';
import './support-network.enums';

export const PEER_SUPPORT_TEAM_LABEL = 'Peer support team';

@ObjectType('Consent', { description: 'A signed 42 CFR Part 2 consent to disclose. Revoked, never deleted.' })
export class ConsentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsentRecipientKind)
  recipientKind!: ConsentRecipientKind;

  @Field(() => ID, { nullable: true, description: 'The support network member named, for SUPPORT_NETWORK_MEMBER consents.' })
  recipientMemberId!: string | null;

  @Field(() => String, { nullable: true, description: 'The organization named, for ORGANIZATION consents.' })
  recipientOrganization!: string | null;

  @Field({ description: 'Who the consent names, for display: the member, the organization or the peer support team.' })
  recipientLabel!: string;

  @Field(() => [ConsentScope])
  scopes!: ConsentScope[];

  @Field()
  purpose!: string;

  @Field(() => String, { nullable: true, description: "What information may be disclosed, in the consent's own words; null when the scopes say it all." })
  informationDescription!: string | null;

  @Field({ description: 'YYYY-MM-DD, the day the client signed it.' })
  signedOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day it holds; null with no expiryEvent = until revoked.' })
  expiresOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The event that ends it, as the consent names it (e.g. "end of treatment").' })
  expiryEvent!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the revocation was recorded.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, the date of the client's revocation." })
  revokedOn!: string | null;

  @Field({ description: 'In force today: effective, not expired, not revoked.' })
  active!: boolean;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => StaffMemberModel, { description: 'The staff member who recorded it.' })
  recordedBy!: StaffMemberModel;

  @Field(() => Int, { description: 'Edit version; send it back to revoke.' })
  version!: number;

  static from(entity: ConsentEntity, today: IsoDate, now: Date): ConsentModel {
    if (!entity.recordedBy) throw new Error('ConsentModel.from needs the consent loaded with recordedBy');
    if (entity.recipientMemberId && !entity.recipientMember) throw new Error('ConsentModel.from needs the consent loaded with its recipient member');
    return Object.assign(new ConsentModel(), {
      id: entity.id,
      recipientKind: entity.recipientKind,
      recipientMemberId: entity.recipientMemberId,
      recipientOrganization: entity.recipientOrganization,
      recipientLabel: ConsentModel.recipientLabel(entity),
      scopes: [...entity.scopes],
      purpose: entity.purpose,
      informationDescription: entity.informationDescription,
      signedOn: entity.signedOn,
      effectiveOn: entity.effectiveOn,
      expiresOn: entity.expiresOn,
      expiryEvent: entity.expiryEvent,
      revokedAt: entity.revokedAt,
      revokedOn: entity.revokedOn,
      active: isConsentActive(entity, today, now),
      status: consentStatus(entity, today, now),
      recordedBy: StaffMemberModel.from(entity.recordedBy),
      version: entity.version,
    });
  }

  private static recipientLabel(entity: ConsentEntity): string {
    switch (entity.recipientKind) {
      case ConsentRecipientKind.SUPPORT_NETWORK_MEMBER:
        return entity.recipientMember?.name ?? 'Support network member';
      case ConsentRecipientKind.ORGANIZATION:
        return entity.recipientOrganization ?? 'Organization';
      case ConsentRecipientKind.PEER_SUPPORT_TEAM:
        return PEER_SUPPORT_TEAM_LABEL;
    }
  }
}
