import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError, Clock, groupByKey, type StaffPrincipal } from '@carecircle/api/platform';
import { AuditService } from '@carecircle/api/audit';
import { ClientAccessPolicy } from '@carecircle/api/clients';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import type { AddSupportNetworkMemberInput } from './add-support-network-member.input';
import type { UpdateSupportNetworkMemberInput } from './update-support-network-member.input';
import type { MemberVersionArgs } from './member-version.args';
import { UPDATABLE_MEMBER_FIELDS } from './support-network-member.limits';
import { lastWriterOf } from '@carecircle/api/audit';

export const MEMBER_ENTITY_TYPE = 'SupportNetworkMember';
const MEMBER_LABEL = 'support network member';

/** Trimmed text, or null for empty; undefined stays undefined (not sent). */
function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed.length ? trimmed : null;
}

/** Support network members: every query and rule. Scoping comes from ClientAccessPolicy. */
@Injectable()
export class SupportNetworkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ClientAccessPolicy,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Current (not removed) members of many clients in one query; callers have scoped the clients. */
  async currentMembers(clientIds: readonly string[]): Promise<SupportNetworkMemberEntity[][]> {
    const rows = await this.dataSource
      .getRepository(SupportNetworkMemberEntity)
      .createQueryBuilder('member')
      .where('member.client_id IN (:...clientIds)', { clientIds })
      .andWhere('member.removed_at IS NULL')
      .orderBy('member.name', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId);
  }

  add(me: StaffPrincipal, requestId: string, input: AddSupportNetworkMemberInput): Promise<SupportNetworkMemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.findEditableClient(me, input.clientId, manager);
      const repo = manager.getRepository(SupportNetworkMemberEntity);
      const member = await repo.save(
        repo.create({
          organizationId: client.organizationId,
          clientId: client.id,
          name: input.name.trim(),
          relationship: input.relationship,
          stance: input.stance,
          phone: cleanText(input.phone) ?? null,
          email: cleanText(input.email) ?? null,
          involvedInTreatment: input.involvedInTreatment ?? false,
          note: cleanText(input.note) ?? null,
          removedAt: null,
        }),
      );
      const optional = (['phone', 'email', 'involvedInTreatment', 'note'] as const).filter((f) => input[f] !== undefined && input[f] !== null);
      await this.audit.record(
        {
          actor: me,
          requestId,
          action: 'CREATE',
          entityType: MEMBER_ENTITY_TYPE,
          entityIds: [member.id],
          fields: ['clientId', 'name', 'relationship', 'stance', ...optional],
        },
        manager,
      );
      return member;
    });
  }

  update(me: StaffPrincipal, requestId: string, input: UpdateSupportNetworkMemberInput): Promise<SupportNetworkMemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.findEditableMember(me, input.memberId, manager);
      const changes: Partial<Record<(typeof UPDATABLE_MEMBER_FIELDS)[number], unknown>> = {};
      for (const field of UPDATABLE_MEMBER_FIELDS) {
        const value = input[field];
        if (value === undefined) continue;
        changes[field] = typeof value === 'string' || value === null ? cleanText(value) : value;
      }
      const fields = Object.keys(changes);
      if (fields.length === 0) throw ApiError.badInput('Nothing to change: send at least one field to update.');
      const result = await manager
        .createQueryBuilder()
        .update(SupportNetworkMemberEntity)
        .set(changes as Partial<SupportNetworkMemberEntity>)
        .where('id = :id AND version = :expectedVersion AND removed_at IS NULL', { id: member.id, expectedVersion: input.expectedVersion })
        .execute();
      if (!result.affected) throw await this.staleWrite(member.id, manager);
      await this.audit.record({ actor: me, requestId, action: 'UPDATE', entityType: MEMBER_ENTITY_TYPE, entityIds: [member.id], fields }, manager);
      return manager.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id });
    });
  }

  /**
   * Soft removal: the member leaves the network but stays on record, so past family engagement
   * events keep their attendees and consents naming them stay on file (a consent is ended by
   * revoking it, not by removing its recipient).
   */
  remove(me: StaffPrincipal, requestId: string, { memberId, expectedVersion }: MemberVersionArgs): Promise<SupportNetworkMemberEntity> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.findEditableMember(me, memberId, manager);
      const result = await manager
        .createQueryBuilder()
        .update(SupportNetworkMemberEntity)
        .set({ removedAt: this.clock.now() })
        .where('id = :id AND version = :expectedVersion AND removed_at IS NULL', { id: member.id, expectedVersion })
        .execute();
      if (!result.affected) throw await this.staleWrite(member.id, manager);
      await this.audit.record(
        { actor: me, requestId, action: 'DELETE', entityType: MEMBER_ENTITY_TYPE, entityIds: [member.id], fields: ['removedAt'] },
        manager,
      );
      return manager.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id });
    });
  }

  /**
   * The member if the caller may edit its client; NOT_FOUND (naming the member, not the client)
   * when unknown or out of scope, CONFLICT when it was already removed.
   */
  private async findEditableMember(me: StaffPrincipal, memberId: string, manager: EntityManager): Promise<SupportNetworkMemberEntity> {
    const member = await manager.getRepository(SupportNetworkMemberEntity).findOneBy({ id: memberId, organizationId: me.organizationId });
    if (!member) throw ApiError.notFound('SupportNetworkMember', memberId);
    try {
      await this.access.findEditableClient(me, member.clientId, manager);
    } catch (error) {
      if (error instanceof ApiError && error.extensions['code'] === 'NOT_FOUND') throw ApiError.notFound('SupportNetworkMember', memberId);
      throw error;
    }
    if (member.removedAt) {
      throw ApiError.conflict(`This support network member was removed on ${member.removedAt.toISOString()}; reload to see the current network.`, {
        entity: MEMBER_LABEL,
        id: member.id,
        removedAt: member.removedAt.toISOString(),
      });
    }
    return member;
  }

  private async staleWrite(memberId: string, manager: EntityManager): Promise<ApiError> {
    const current = await manager.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: memberId });
    const by = await lastWriterOf(manager, MEMBER_ENTITY_TYPE, memberId);
    return ApiError.staleWrite(MEMBER_LABEL, memberId, { version: current.version, changedAt: current.updatedAt, ...by });
  }
}
