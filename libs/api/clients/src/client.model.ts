import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ClientStatus,
  DischargeReason,
  type CarePlanStatus,
  type CareTeamRole,
  type CheckInSchedule,
  type StaffRole,
  LevelOfCare,
  daysInTreatment,
  daysSinceRecoveryStart,
  type IsoDate,
  type RiskFlag,
} from '@carecircle/shared/domain';
import { ProgramModel } from '@carecircle/api/organizations';
import type { VisibleClient, VisibleClientId } from './visible-client';

registerEnumType(ClientStatus, { name: 'ClientStatus' });

/**
 * Per-client values a list already fetched in its own statement (the caseload page fetches a whole
 * page in one), handed to the field resolvers so that they send no statement of their own. A field
 * resolver uses its value when it is present; `undefined` means "not fetched": load as usual.
 * The list that fills it fetches only what the document asked for, under the same rules the
 * resolver applies (the resolver still checks consent where it would).
 */
export interface ClientPrefetch {
  lastCheckInAt?: Date | null;
  checkInSchedule?: CheckInSchedule;
  /** Status of the newest plan version, null without a plan. */
  carePlanStatus?: CarePlanStatus | null;
  /** The active plan's identity and review date (never its content), null without one. */
  currentCarePlan?: { id: string; clientId: string; planVersion: number; status: CarePlanStatus; reviewDueOn: IsoDate | null } | null;
  /** Current assignments, ordered as the care-team loader orders them. */
  careTeam?: Array<{
    role: CareTeamRole;
    startedOn: IsoDate;
    endedOn: IsoDate | null;
    staff: { id: string; displayName: string; role: StaffRole; email: string };
  }>;
  dualDiagnosis?: boolean;
  /** The stored flags before `flagsForRole`, for callers who need no consent to see them (counselors, supervisors). */
  riskFlags?: RiskFlag[];
}
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

  /** Not a GraphQL field: values a list fetched with the client (see ClientPrefetch). */
  prefetched?: ClientPrefetch;

  /**
   * The only way to build a Client: from a row the access policy handed out. A list passes one
   * `programs` map for all its rows, so each program is presented once, not once per client.
   */
  static from(entity: VisibleClient, today: IsoDate, programs?: Map<string, ProgramModel>): ClientModel {
    if (!entity.program) throw new Error('ClientModel.from needs the client loaded with its program');
    let program = programs?.get(entity.program.id);
    if (!program) {
      program = ProgramModel.from(entity.program);
      programs?.set(entity.program.id, program);
    }
    return Object.assign(new ClientModel(), {
      id: entity.id,
      firstName: entity.firstName,
      lastName: entity.lastName,
      preferredName: entity.preferredName,
      dateOfBirth: entity.dateOfBirth,
      pronouns: entity.pronouns,
      program,
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
