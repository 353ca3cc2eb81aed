import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { StaffRole } from '@carecircle/shared/domain';
import { ApiError, Clock, type StaffPrincipal } from '@carecircle/api/platform';
import { ClientEntity } from './client.entity';

/**
 * The one place that decides which clients a staff member may see. Every read of client data
 * starts from `visibleClients` (or joins through `restrictToVisible`), so no resolver re-invents it:
 * - counselor: clients on their current caseload (a current COUNSELOR assignment), and the clients
 *   they were responsible for at discharge;
 * - peer support worker: clients currently assigned to them;
 * - supervisor: clients currently assigned to anyone on their team, or to themselves;
 * - admin: no clinical data at all.
 * Organization is always enforced.
 */
@Injectable()
export class ClientAccessPolicy {
  constructor(private readonly clock: Clock) {}

  assertMayReadClinicalData(principal: StaffPrincipal): void {
    if (principal.role === StaffRole.ADMIN) {
      throw ApiError.forbidden('Administrators manage staff and programs; client records are for the care team.');
    }
  }

  /** Adds the caller's scope to a query that already selects `client` under `alias`. */
  restrictToVisible<T extends object>(qb: SelectQueryBuilder<T>, principal: StaffPrincipal, alias = 'client'): SelectQueryBuilder<T> {
    return this.restrict(qb, principal, alias, 'read');
  }

  /**
   * `read`: the scope above. `edit`: the clients whose clinical record the caller may change, i.e.
   * a counselor's own (as for reading) and, for a supervisor, clients whose responsible counselor is
   * the supervisor or on their team (not clients seen only through a peer worker on the team).
   */
  private restrict<T extends object>(
    qb: SelectQueryBuilder<T>,
    principal: StaffPrincipal,
    alias: string,
    purpose: 'read' | 'edit',
  ): SelectQueryBuilder<T> {
    this.assertMayReadClinicalData(principal);
    const params = { scopeOrg: principal.organizationId, scopeStaff: principal.id, scopeToday: this.clock.today() };
    // Responsible now, or responsible when the client was discharged: a counselor keeps access to
    // the records of clients they discharged (readmissions, letters, retention), not to clients
    // they handed over to a colleague. A peer support worker sees current assignments only.
    const now = `(cta.started_on <= :scopeToday AND (cta.ended_on IS NULL OR cta.ended_on > :scopeToday))`;
    const atDischarge = `(${alias}.status = 'DISCHARGED' AND cta.started_on <= ${alias}.discharge_date AND (cta.ended_on IS NULL OR cta.ended_on > ${alias}.discharge_date))`;
    const current = principal.role === StaffRole.PEER_SUPPORT ? now : `(${now} OR ${atDischarge})`;
    let assignedTo: string;
    switch (principal.role) {
      case StaffRole.COUNSELOR:
        assignedTo = `cta.staff_user_id = :scopeStaff AND cta.role = 'COUNSELOR'`;
        break;
      case StaffRole.PEER_SUPPORT:
        assignedTo = `cta.staff_user_id = :scopeStaff AND cta.role = 'PEER_SUPPORT'`;
        break;
      case StaffRole.SUPERVISOR:
        assignedTo = `(cta.staff_user_id = :scopeStaff OR cta.staff_user_id IN (SELECT team.id FROM staff_user team WHERE team.supervisor_id = :scopeStaff AND team.organization_id = :scopeOrg))`;
        if (purpose === 'edit') assignedTo = `cta.role = 'COUNSELOR' AND ${assignedTo}`;
        break;
      default:
        throw ApiError.forbidden();
    }
    return qb
      .andWhere(`${alias}.organization_id = :scopeOrg`, params)
      .andWhere(
        `EXISTS (SELECT 1 FROM care_team_assignment cta WHERE cta.client_id = ${alias}.id AND ${current} AND ${assignedTo})`,
        params,
      );
  }

  visibleClients(principal: StaffPrincipal, manager: EntityManager): SelectQueryBuilder<ClientEntity> {
    return this.restrictToVisible(manager.getRepository(ClientEntity).createQueryBuilder('client'), principal);
  }

  /**
   * The client if the caller may change its clinical record: their counselor or that counselor's
   * supervisor. Staff who can see the client but are neither (peer workers, a supervisor who sees
   * the client only through a peer worker on their team) get FORBIDDEN; everyone else NOT_FOUND.
   */
  async findEditableClient(principal: StaffPrincipal, clientId: string, manager: EntityManager): Promise<ClientEntity> {
    const client = await this.findVisibleClient(principal, clientId, manager);
    const forbidden = () => ApiError.forbidden("Only the client's counselor or their supervisor can change this record.");
    if (principal.role !== StaffRole.COUNSELOR && principal.role !== StaffRole.SUPERVISOR) throw forbidden();
    if (principal.role === StaffRole.SUPERVISOR) {
      const editable = await this.restrict(manager.getRepository(ClientEntity).createQueryBuilder('client'), principal, 'client', 'edit')
        .andWhere('client.id = :clientId', { clientId: client.id })
        .getExists();
      if (!editable) throw forbidden();
    }
    return client;
  }

  /** The client if the caller may see it; otherwise NOT_FOUND, the same as for an unknown id. */
  async findVisibleClient(principal: StaffPrincipal, clientId: string, manager: EntityManager): Promise<ClientEntity> {
    const client = await this.visibleClients(principal, manager)
      .leftJoinAndSelect('client.program', 'program')
      .andWhere('client.id = :clientId', { clientId })
      .getOne();
    if (!client) throw ApiError.notFound('Client', clientId);
    return client;
  }
}
