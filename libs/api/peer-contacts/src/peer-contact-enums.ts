import { registerEnumType } from '@nestjs/graphql';
import { PeerContactMode, PracticalHelp, SupportType } from '@carecircle/shared/domain';

registerEnumType(PeerContactMode, { name: 'PeerContactMode', description: 'How the peer support worker and the client met.' });
registerEnumType(SupportType, {
  name: 'SupportType',
  description: 'The four kinds of social support: INSTRUMENTAL is practical help, AFFILIATIONAL is connecting to community.',
});
registerEnumType(PracticalHelp, { name: 'PracticalHelp', description: 'Practical help given during a peer contact.' });
