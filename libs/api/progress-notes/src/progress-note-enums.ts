import { registerEnumType } from '@nestjs/graphql';
import { ObjectiveProgressRating, ProgressNoteFormat, ProgressNoteStatus, SessionAttendance, SessionType } from '@carecircle/shared/domain';
// Modality is the care plans' enum; importing the lib registers it.
import '@carecircle/api/care-plans';

registerEnumType(ProgressNoteFormat, { name: 'ProgressNoteFormat', description: 'DAP, SOAP or BIRP: the note template.' });
registerEnumType(SessionType, { name: 'SessionType' });
registerEnumType(SessionAttendance, { name: 'SessionAttendance' });
registerEnumType(ObjectiveProgressRating, { name: 'ObjectiveProgressRating', description: 'Progress toward one objective in one session.' });
registerEnumType(ProgressNoteStatus, { name: 'ProgressNoteStatus', description: 'DRAFT (only its author sees it) or SIGNED (locked; addenda only).' });
