import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { ConsentRecipientKind, ConsentScope } from '@carecircle/shared/domain';
import { IsRecipientIdForKind } from './consent-recipient.validator';
import './support-network.enums';

@ArgsType()
export class ConsentDecisionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a client id (a UUID)' })
  clientId!: string;

  @Field(() => ConsentRecipientKind)
  @IsEnum(ConsentRecipientKind, { message: 'recipientKind must be SUPPORT_NETWORK_MEMBER, ORGANIZATION or PEER_SUPPORT_TEAM' })
  recipientKind!: ConsentRecipientKind;

  @Field(() => String, {
    nullable: true,
    description: "The member id for SUPPORT_NETWORK_MEMBER, the organization's name for ORGANIZATION, left out for PEER_SUPPORT_TEAM.",
  })
  @IsRecipientIdForKind()
  recipientId?: string | null;

  @Field(() => ConsentScope)
  @IsEnum(ConsentScope, { message: 'scope must be a consent scope' })
  scope!: ConsentScope;
}
