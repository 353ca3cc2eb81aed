import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ClientStatus,
  DischargeReason,
  LevelOfCare,
  daysInTreatment,
  daysSinceRecoveryStart,
  type IsoDate,
} from '@carecircle/shared/domain';
import { ProgramModel } from '@carecircle/api/organizations';
import type { VisibleClient, VisibleClientId } from './visible-client';

registerEnumType(ClientStatus, { name: 'ClientStatus' });
registerEnumType(DischargeReason, { name: 'DischargeReason', description: 'TEDS discharge reason.' });

@ObjectType('Client')
export class ClientModel {
  /** Minted by the access policy: field resolvers can load per-client data by it without a check of their own. */
  @Field(() => ID)
  id!: VisibleClientId;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  pronouns!: string | null;

  @Field(() => ProgramModel)
  program!: ProgramModel;

  @Field(() => LevelOfCare)
  levelOfCare!: LevelOfCare;

  @Field(() => ClientStatus)
  status!: ClientStatus;

  @Field({ description: 'YYYY-MM-DD' })
  admissionDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the day sobriety began.' })
  recoveryStartDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dischargeDate!: string | null;

  @Field(() => DischargeReason, { nullable: true })
  dischargeReason!: DischargeReason | null;

  @Field({ description: 'Set by the clinician: mental-health and substance-use care delivered together.' })
  receivingIntegratedTreatment!: boolean;

  @Field(() => Int, { description: 'Admission day is day 1; counting stops at discharge.' })
  daysInTreatment!: number;

  @Field(() => Int, { nullable: true, description: 'Days since the recovery start date.' })
  daysSinceRecoveryStart!: number | null;

  @Field(() => Int, { description: 'Edit version; send it back with changes.' })
  version!: number;

  /** The only way to build a Client: from a row the access policy handed out. */
  static from(entity: VisibleClient, today: IsoDate): ClientModel {
    if (!entity.program) throw new Error('ClientModel.from needs the client loaded with its program');
    return Object.assign(new ClientModel(), {
      id: entity.id,
      firstName: entity.firstName,
      lastName: entity.lastName,
      preferredName: entity.preferredName,
      dateOfBirth: entity.dateOfBirth,
      pronouns: entity.pronouns,
      program: ProgramModel.from(entity.program),
      levelOfCare: entity.levelOfCare,
      status: entity.status,
      admissionDate: entity.admissionDate,
      recoveryStartDate: entity.recoveryStartDate,
      dischargeDate: entity.dischargeDate,
      dischargeReason: entity.dischargeReason,
      receivingIntegratedTreatment: entity.receivingIntegratedTreatment,
      daysInTreatment: daysInTreatment(entity.admissionDate, entity.dischargeDate, today),
      daysSinceRecoveryStart: daysSinceRecoveryStart(entity.recoveryStartDate, today),
      version: entity.version,
    });
  }
}

@ObjectType('ClientPage')
export class ClientPageModel {
  @Field(() => [ClientModel])
  items!: ClientModel[];

  @Field(() => Int, { description: 'All matching clients, across pages.' })
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}
