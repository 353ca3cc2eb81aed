import { registerEnumType } from '@nestjs/graphql';
import { CareTeamRole } from '@carecircle/shared/domain';

registerEnumType(CareTeamRole, { name: 'CareTeamRole', description: "A staff member's part in one client's care." });

export { CareTeamRole };
