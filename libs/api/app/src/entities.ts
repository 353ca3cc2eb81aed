import { AuditEventEntity } from '@carecircle/api/audit';
import { RevokedTokenEntity, StaffUserEntity } from '@carecircle/api/auth';
import { CareTeamAssignmentEntity } from '@carecircle/api/care-team';
import { ClientEntity } from '@carecircle/api/clients';
import { OrganizationEntity, ProgramEntity } from '@carecircle/api/organizations';

/** Every entity the API maps; the migrations must create exactly these tables. */
export const entities = [
  OrganizationEntity,
  ProgramEntity,
  StaffUserEntity,
  RevokedTokenEntity,
  ClientEntity,
  CareTeamAssignmentEntity,
  AuditEventEntity,
];
