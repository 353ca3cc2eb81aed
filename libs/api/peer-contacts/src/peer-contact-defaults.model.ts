import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PeerContactMode } from '@carecircle/shared/domain';
import './peer-contact-enums';

@ObjectType('PeerContactDefaults', { description: "Starting values for the signed-in peer worker's contact form." })
export class PeerContactDefaultsModel {
  @Field(() => PeerContactMode)
  mode!: PeerContactMode;

  @Field(() => Int)
  durationMinutes!: number;

  @Field({ description: "True when the values are those of the caller's most recent contact; false for the built-in defaults." })
  fromLastContact!: boolean;
}
