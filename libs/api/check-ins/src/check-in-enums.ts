import { registerEnumType } from '@nestjs/graphql';
import { CheckInChannel, CheckInSchedule, CheckInTrigger, MutualAidMeetingKind } from '@carecircle/shared/domain';

registerEnumType(CheckInChannel, { name: 'CheckInChannel', description: 'How the check-in reached us.' });
registerEnumType(MutualAidMeetingKind, { name: 'MutualAidMeetingKind', description: 'Kind of mutual-aid meeting attended.' });
registerEnumType(CheckInTrigger, { name: 'CheckInTrigger', description: 'A trigger the client met since the last check-in.' });
registerEnumType(CheckInSchedule, {
  name: 'CheckInSchedule',
  description: 'How often the client is expected to check in (SEVERAL_PER_WEEK counts as three a week).',
});
