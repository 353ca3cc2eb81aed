import { useQuery } from '@apollo/client/react';
import { errorMessage } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { csvLines, downloadText } from './csv';
import { fileSafe } from './access-log-section';
import { describeConsent, formatDateTime, formatDay, informationLabel } from './labels';
import { disclosureAccountingQuery } from './privacy.queries';
import { PrivacySection } from './privacy-section';

export const DISCLOSURE_CSV_HEADER = ['Date', 'First disclosed at', 'Times that day', 'Recipient', 'Affiliation', 'Information', 'Purpose', 'Consent'];

export interface DisclosureAccountingSectionProps {
  clientId: string;
  clientName: string;
}

/**
 * The accounting of disclosures (42 CFR 2.24): what was shown under the client's consent in the past
 * three years, to whom and why. Printable (the print stylesheet prints this section alone) and as CSV.
 */
export function DisclosureAccountingSection({ clientId, clientName }: DisclosureAccountingSectionProps) {
  const { data, error, refetch } = useQuery(disclosureAccountingQuery, { variables: { clientId }, fetchPolicy: 'network-only' });
  const accounting = data?.disclosureAccounting;

  function print() {
    // The print stylesheet shows only the section marked for printing.
    document.body.classList.add('cc-printing-disclosures');
    const done = () => {
      document.body.classList.remove('cc-printing-disclosures');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  function downloadCsv() {
    if (!accounting) return;
    const rows = accounting.entries.map((e) => [
      e.disclosedOn,
      e.firstDisclosedAt,
      e.times,
      e.recipientName,
      e.recipientAffiliation,
      informationLabel(e.information),
      e.purpose,
      describeConsent(e),
    ]);
    downloadText(`disclosures-${fileSafe(clientName)}.csv`, [csvLines(DISCLOSURE_CSV_HEADER, rows)]);
  }

  const empty = !accounting || accounting.entries.length === 0;
  return (
    <PrivacySection
      id="disclosures"
      title="Accounting of disclosures"
      aside={
        <>
          <Button onPress={print} isDisabled={!accounting}>
            Print
          </Button>
          <Button onPress={downloadCsv} isDisabled={empty}>
            Download CSV
          </Button>
        </>
      }
    >
      {accounting && (
        <p className="cc-privacy__intro">
          Information from {clientName}’s record disclosed under their consent, {formatDay(accounting.from)} to {formatDay(accounting.to)} (42 CFR 2.24).
          The information is protected by 42 CFR Part 2 and may not be redisclosed except as Part 2 allows.
        </p>
      )}
      {error && !accounting ? (
        <ErrorState title="The accounting of disclosures could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !accounting ? (
        <Skeleton label="Loading the accounting of disclosures…" rows={3} />
      ) : accounting.entries.length === 0 ? (
        <EmptyState headingLevel={3} title="No disclosures under a consent in this period">
          <p>Information shown to peer support workers under the client’s consent appears here.</p>
        </EmptyState>
      ) : (
        <Table className="cc-privacy__table" aria-label={`Disclosures of ${clientName}’s information`}>
          <TableHeader>
            <Column id="date" isRowHeader>
              Date
            </Column>
            <Column id="recipient">Recipient</Column>
            <Column id="information">Information</Column>
            <Column id="purpose">Purpose</Column>
            <Column id="consent">Consent</Column>
          </TableHeader>
          <TableBody>
            {accounting.entries.map((e) => (
              <Row key={`${e.disclosedOn}:${e.recipientStaffId}:${e.consentId}:${e.information}`}>
                <Cell>
                  <span className="cc-privacy__cell-label">Date: </span>
                  {formatDay(e.disclosedOn)}
                  <span className="cc-privacy__agent">
                    first {formatDateTime(e.firstDisclosedAt)}
                    {e.times > 1 ? `, ${e.times} times` : ''}
                  </span>
                </Cell>
                <Cell>
                  <span className="cc-privacy__cell-label">Recipient: </span>
                  {e.recipientName}
                  <span className="cc-privacy__agent">{e.recipientAffiliation}</span>
                </Cell>
                <Cell>
                  <span className="cc-privacy__cell-label">Information: </span>
                  {informationLabel(e.information)}
                </Cell>
                <Cell>
                  <span className="cc-privacy__cell-label">Purpose: </span>
                  {e.purpose}
                </Cell>
                <Cell>
                  <span className="cc-privacy__cell-label">Consent: </span>
                  {describeConsent(e)}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </PrivacySection>
  );
}
