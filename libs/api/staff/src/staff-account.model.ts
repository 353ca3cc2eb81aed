import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffRole } from '@carecircle/shared/domain';
import { StaffMemberModel } from '@carecircle/api/auth';
import { ProgramModel } from '@carecircle/api/organizations';

/** Where an account stands, as the staff list shows it. */
export enum StaffAccountStatus {
  ACTIVE = 'ACTIVE',
  /** Invited, and has not yet set a password through their link. */
  INVITED = 'INVITED',
  /** Can no longer sign in; their sessions ended when they were deactivated. */
  DEACTIVATED = 'DEACTIVATED',
}

registerEnumType(StaffAccountStatus, { name: 'StaffAccountStatus', description: 'Where a staff account stands.' });

/** A staff account as the administrator manages it: role, team, programs, status and caseload size. No clinical data. */
@ObjectType('StaffAccount')
export class StaffAccountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => StaffMemberModel, { nullable: true, description: 'The clinical supervisor whose team this person is on.' })
  supervisor!: StaffMemberModel | null;

  @Field(() => [ProgramModel], { description: 'The programs this person works in, by name.' })
  programs!: ProgramModel[];

  @Field(() => StaffAccountStatus)
  status!: StaffAccountStatus;

  @Field(() => Date, { nullable: true, description: 'When this person last signed in; null if never.' })
  lastSignedInAt!: Date | null;

  @Field({ description: "Whether this person's signed progress notes wait for their supervisor's co-signature." })
  requiresCosignature!: boolean;

  @Field({ description: 'Whether this person holds the privacy-officer permission (who viewed any record, accounting of disclosures).' })
  isPrivacyOfficer!: boolean;

  @Field(() => Int, { description: 'Clients still in treatment with this person as their current counselor or peer worker.' })
  openCaseloadSize!: number;

  @Field(() => Int, { description: 'For a deactivated person, their open caseload: clients who need another counselor or peer worker. Otherwise 0.' })
  clientsNeedingReassignment!: number;
}
