import { RECOVERY_STANCE_LABELS, SUPPORT_RELATIONSHIP_LABELS } from '@carecircle/shared/domain';
import { StatusBadge, type StatusTone } from '@carecircle/web/ui';
import type { RecordClient } from './client-overview';
import { Ecomap } from './ecomap';
import { RecordSection } from './record-section';

const STANCE_TONE: Record<string, StatusTone> = {
  SUPPORTIVE: 'positive',
  NEUTRAL: 'neutral',
  RISK: 'caution',
};

export interface SupportNetworkSectionProps {
  clientName: string;
  members: RecordClient['supportNetwork'];
}

/** The ecomap beside an accessible table of the same people. */
export function SupportNetworkSection({ clientName, members }: SupportNetworkSectionProps) {
  return (
    <RecordSection id="network" title="Support network">
      {members.length === 0 ? (
        <p className="cc-record__muted">
          No one in the support network yet. Ask {clientName} who supports their recovery — and who might put it at risk — so the
          team can record them.
        </p>
      ) : (
        <div className="cc-record__network">
          <Ecomap clientName={clientName} members={members} />
          <div className="cc-record__table-wrap">
            <table className="cc-record__table">
              <caption className="cc-visually-hidden">Support network members</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Relationship</th>
                  <th scope="col">Stance</th>
                  <th scope="col">In treatment</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{SUPPORT_RELATIONSHIP_LABELS[m.relationship]}</td>
                    <td>
                      <StatusBadge tone={STANCE_TONE[m.stance]}>{RECOVERY_STANCE_LABELS[m.stance]}</StatusBadge>
                    </td>
                    <td>{m.involvedInTreatment ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </RecordSection>
  );
}
