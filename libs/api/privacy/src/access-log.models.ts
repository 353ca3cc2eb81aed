import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditOutcome, StaffRole } from '@carecircle/shared/domain';

registerEnumType(AuditOutcome, { name: 'AuditOutcome', description: 'Whether an access was granted or refused.' });

/** One access to a client's data, as the audit trail recorded it: who, role, when, what, from where, outcome. */
@ObjectType('ClientAccessLogEntry')
export class ClientAccessLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID)
  staffId!: string;

  @Field({ description: "The staff member's name today (the trail keeps their id)." })
  staffName!: string;

  @Field(() => StaffRole, { description: 'Their role when they acted.' })
  role!: StaffRole;

  @Field({ description: 'READ, CREATE, UPDATE, DELETE, REVOKE, EMERGENCY_ACCESS, …' })
  action!: string;

  @Field({ description: 'The kind of record (Client, CarePlan, ProgressNote, AccessLog, …).' })
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => [String], { description: 'For writes, the fields changed (names, never values); empty for reads.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'The network address the request came from.' })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'The reason given, when one was asked (break-the-glass).' })
  reason!: string | null;
}

/** Someone who appears in a client's access log, to filter by. */
@ObjectType('AccessLogPerson')
export class AccessLogPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

/** A page of a client's access log, newest first. */
@ObjectType('ClientAccessLog')
export class ClientAccessLogModel {
  @Field(() => [ClientAccessLogEntryModel])
  items!: ClientAccessLogEntryModel[];

  @Field(() => Int, { description: 'Entries matching the filter, over all pages.' })
  total!: number;

  @Field(() => [AccessLogPersonModel], { description: 'Everyone in this client’s whole log (filter or not), by name.' })
  people!: AccessLogPersonModel[];
}
