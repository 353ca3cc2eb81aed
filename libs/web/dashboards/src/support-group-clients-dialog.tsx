import { useQuery } from '@apollo/client/react';
import { errorMessage, type MetricsRangeInput } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { LANDMARK_DAYS_DEFAULT } from '@carecircle/shared/domain';
import { useId } from 'react';
import { Cell, Column, Dialog, Heading, Modal, ModalOverlay, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { Link } from 'react-router';
import { formatDay } from './date-range';
import { groupClientOutcome, SMALL_GROUP_NOTE } from './support-system-shaping';
import { retentionGroupClientsQuery } from './support-system.queries';

export interface SupportGroupClientsDialogProps {
  /** The same settings as the curve the group belongs to. */
  input: MetricsRangeInput;
  group: string;
  groupLabel: string;
  /** Clients at the landmark, as the curve counted them. */
  expectedClients: number;
  tooSmallToRead: boolean;
  onClose: () => void;
}

/**
 * The clients behind one support-system curve: each episode still in treatment at the landmark in
 * that group, with its admission, how it stands now and its days in treatment. Names open the
 * client's record. Opening the list is recorded as a read of each client by the API.
 */
export function SupportGroupClientsDialog({ input, group, groupLabel, expectedClients, tooSmallToRead, onClose }: SupportGroupClientsDialogProps) {
  const { data, loading, error, refetch } = useQuery(retentionGroupClientsQuery, {
    variables: { input, group },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.retentionGroupClients;
  const landmark = input.landmarkDays ?? LANDMARK_DAYS_DEFAULT;
  const captionId = useId();

  let body;
  if (error && !loading) {
    body = (
      <ErrorState
        headingLevel={3}
        title="The clients in this group could not be loaded"
        message={errorMessage(error)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!rows) {
    body = <Skeleton label="Loading the clients in this group…" rows={4} />;
  } else if (rows.length === 0) {
    body = (
      <EmptyState headingLevel={3} title="No clients in this group">
        <p>Nobody in this group was still in treatment on day {landmark} in the chosen range.</p>
      </EmptyState>
    );
  } else {
    body = (
      <div className="cc-dash-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="cc-dash-table cc-dash-clients" aria-labelledby={captionId}>
          <TableHeader>
            <Column id="client" isRowHeader>
              Client
            </Column>
            <Column id="admitted">Admitted</Column>
            <Column id="now">Discharged</Column>
            <Column id="days" className="cc-dash-table__num">
              Days in treatment
            </Column>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <Row key={`${row.client.id}/${row.admissionDate}`} id={`${row.client.id}/${row.admissionDate}`}>
                <Cell>
                  <Link to={`/clients/${row.client.id}`} className="cc-dash-clients__name">
                    {row.client.firstName} {row.client.lastName}
                  </Link>
                </Cell>
                <Cell>{formatDay(row.admissionDate)}</Cell>
                <Cell>
                  {row.dischargeDate ? (
                    <>
                      {formatDay(row.dischargeDate)}
                      <span className="cc-dash-clients__outcome">{groupClientOutcome(row)}</span>
                    </>
                  ) : (
                    groupClientOutcome(row)
                  )}
                </Cell>
                <Cell className="cc-dash-table__num">{row.daysInTreatment}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
    );
  }

  // The dialog's look (cc-dialog…) comes from the forms stylesheet, which the sign-in page already loads for every visitor.
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="cc-dialog-overlay">
      <Modal className="cc-dialog cc-dialog--wide">
        <Dialog className="cc-dialog__content">
          <Heading slot="title" className="cc-dialog__title">
            {groupLabel}
          </Heading>
          <p className="cc-dialog__description" id={captionId}>
            {rows ? rows.length : expectedClients} {(rows ? rows.length : expectedClients) === 1 ? 'client' : 'clients'} still in
            treatment on day {landmark}, by what was recorded in their first {landmark} days.
            {tooSmallToRead && ` This group is ${SMALL_GROUP_NOTE}: its curve says little on its own.`}
          </p>
          {body}
          <div className="cc-dialog__actions">
            <Button variant="primary" onPress={onClose}>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
