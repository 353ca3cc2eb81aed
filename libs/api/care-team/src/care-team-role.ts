import { registerEnumType } from '@nestjs/graphql';

export enum CareTeamRole {
  COUNSELOR = 'COUNSELOR',
  PEER_SUPPORT = 'PEER_SUPPORT',
}

registerEnumType(CareTeamRole, { name: 'CareTeamRole', description: "A staff member's part in one client's care." });
