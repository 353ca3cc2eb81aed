import { useApolloClient, useQuery } from '@apollo/client/react';
import { MAX_PAGE_SIZE } from '@carecircle/shared/domain';
import { errorMessage } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, SelectField, Skeleton, StatusBadge, TextField } from '@carecircle/web/ui';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { csvLines, csvRows, downloadText } from './csv';
import { describeAccess, formatDateTime, roleLabel } from './labels';
import { clientAccessLogQuery } from './privacy.queries';
import { PrivacySection } from './privacy-section';

export const ACCESS_LOG_PAGE_SIZE = 25;

export const ACCESS_LOG_CSV_HEADER = ['When', 'Who', 'Role', 'Action', 'Record', 'Record id', 'Fields', 'Client address', 'User agent', 'Outcome', 'Reason'];

interface Filter {
  from: string;
  to: string;
  staffId: string;
  outcome: string;
}

const NO_FILTER: Filter = { from: '', to: '', staffId: '', outcome: '' };

function toVariables(filter: Filter) {
  return {
    from: filter.from || null,
    to: filter.to || null,
    staffId: filter.staffId || null,
    outcome: (filter.outcome || null) as 'ALLOWED' | 'DENIED' | null,
  };
}

export interface AccessLogSectionProps {
  clientId: string;
  clientName: string;
}

/**
 * "Who viewed this record": every read, change and refused attempt on the client's data, newest
 * first, with filters, paging and a CSV of everything the filter matches (fetched page by page, so
 * a long log is never asked for in one answer). Each look is recorded by the API.
 */
export function AccessLogSection({ clientId, clientName }: AccessLogSectionProps) {
  const apollo = useApolloClient();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(clientAccessLogQuery, {
    variables: { clientId, filter: toVariables(filter), offset, limit: ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const log = data?.clientAccessLog ?? previousData?.clientAccessLog;

  function change(patch: Partial<Filter>) {
    setFilter((current) => ({ ...current, ...patch }));
    setOffset(0);
  }

  async function downloadCsv() {
    setExporting(true);
    setExportError(null);
    try {
      const parts: string[] = [csvLines(ACCESS_LOG_CSV_HEADER, [])];
      for (let page = 0; ; page += MAX_PAGE_SIZE) {
        const { data: answer } = await apollo.query({
          query: clientAccessLogQuery,
          variables: { clientId, filter: toVariables(filter), offset: page, limit: MAX_PAGE_SIZE },
          fetchPolicy: 'network-only',
        });
        const items = answer?.clientAccessLog.items ?? [];
        parts.push(
          csvRows(
            items.map((e) => [
              e.occurredAt,
              e.staffName,
              roleLabel(e.role),
              e.action,
              e.entityType,
              e.entityId,
              e.fields.join(' '),
              e.clientAddress,
              e.userAgent,
              e.outcome,
              e.reason,
            ]),
          ),
        );
        if (items.length < MAX_PAGE_SIZE) break;
      }
      downloadText(`who-viewed-${fileSafe(clientName)}.csv`, parts);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : 'Please try again.');
    } finally {
      setExporting(false);
    }
  }

  const total = log?.total ?? 0;
  const lastShown = Math.min(offset + ACCESS_LOG_PAGE_SIZE, total);
  return (
    <PrivacySection
      id="access-log"
      title="Who viewed this record"
      aside={
        <Button onPress={() => void downloadCsv()} isDisabled={exporting || !log || total === 0}>
          {exporting ? 'Preparing CSV…' : 'Download CSV'}
        </Button>
      }
    >
      <p className="cc-privacy__intro">
        Every view, change and refused attempt on {clientName}’s record, newest first. Looking at this list is recorded too.
      </p>
      <div className="cc-privacy__filters" role="group" aria-label="Filter the access log">
        <TextField label="From" type="date" value={filter.from} onChange={(from) => change({ from })} />
        <TextField label="To" type="date" value={filter.to} onChange={(to) => change({ to })} />
        <SelectField
          label="Person"
          value={filter.staffId}
          onChange={(staffId) => change({ staffId })}
          options={[{ value: '', label: 'Everyone' }, ...(log?.people ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
        />
        <SelectField
          label="Outcome"
          value={filter.outcome}
          onChange={(outcome) => change({ outcome })}
          options={[
            { value: '', label: 'Allowed and refused' },
            { value: 'ALLOWED', label: 'Allowed' },
            { value: 'DENIED', label: 'Refused' },
          ]}
        />
      </div>
      {exportError && (
        <p role="alert" className="cc-privacy__error">
          The CSV could not be prepared: {exportError}
        </p>
      )}
      {error && !log ? (
        <ErrorState title="Who viewed this record could not be loaded" message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !log ? (
        <Skeleton label="Loading who viewed this record…" rows={4} />
      ) : log.items.length === 0 ? (
        <EmptyState headingLevel={3} title="No access matches these filters">
          <p>Widen the dates or choose everyone and both outcomes.</p>
        </EmptyState>
      ) : (
        <>
          <Table className="cc-privacy__table" aria-label={`Who viewed ${clientName}’s record`} aria-busy={loading || undefined}>
            <TableHeader>
              <Column id="when" isRowHeader>
                When
              </Column>
              <Column id="who">Who</Column>
              <Column id="role">Role</Column>
              <Column id="what">What</Column>
              <Column id="from">From</Column>
              <Column id="outcome">Outcome</Column>
            </TableHeader>
            <TableBody>
              {log.items.map((entry) => (
                <Row key={entry.id} id={entry.id}>
                  <Cell>
                    <span className="cc-privacy__cell-label">When: </span>
                    {formatDateTime(entry.occurredAt)}
                  </Cell>
                  <Cell>
                    <span className="cc-privacy__cell-label">Who: </span>
                    {entry.staffName}
                  </Cell>
                  <Cell>
                    <span className="cc-privacy__cell-label">Role: </span>
                    {roleLabel(entry.role)}
                  </Cell>
                  <Cell>
                    <span className="cc-privacy__cell-label">What: </span>
                    {describeAccess(entry)}
                    {entry.reason && <span className="cc-privacy__reason">Reason: {entry.reason}</span>}
                  </Cell>
                  <Cell>
                    <span className="cc-privacy__cell-label">From: </span>
                    {entry.clientAddress ?? 'Unknown address'}
                    {entry.userAgent && <span className="cc-privacy__agent">{entry.userAgent}</span>}
                  </Cell>
                  <Cell>
                    <span className="cc-privacy__cell-label">Outcome: </span>
                    <StatusBadge tone={entry.outcome === 'DENIED' ? 'caution' : 'neutral'}>{entry.outcome === 'DENIED' ? 'Refused' : 'Allowed'}</StatusBadge>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <nav className="cc-privacy__paging" aria-label="Access log pages">
            <Button variant="quiet" isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - ACCESS_LOG_PAGE_SIZE))}>
              Newer
            </Button>
            <span aria-live="polite">
              {offset + 1}–{lastShown} of {total}
            </span>
            <Button variant="quiet" isDisabled={lastShown >= total} onPress={() => setOffset(offset + ACCESS_LOG_PAGE_SIZE)}>
              Older
            </Button>
          </nav>
        </>
      )}
    </PrivacySection>
  );
}

export function fileSafe(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'client';
}
