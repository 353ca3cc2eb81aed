import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntityType } from '@carecircle/shared/domain';
import { ApiError, Clock, groupByKey, type RequestContext, type WriteContext } from '@carecircle/api/platform';
import { assertCurrentVersion, versionedUpdate } from '@carecircle/api/audit';
import { ClientAccessPolicy, type VisibleClientId, type VisibleClientIds } from '@carecircle/api/clients';
import { SupportNetworkMemberEntity } from './support-network-member.entity';
import type { AddSupportNetworkMemberInput } from './add-support-network-member.input';
import type { UpdateSupportNetworkMemberInput } from './update-support-network-member.input';
import type { MemberVersionArgs } from './member-version.args';
import { UPDATABLE_MEMBER_FIELDS } from './support-network-member.limits';

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
    private readonly access: ClientAccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** Current (not removed) members of a page of visible clients in one query. */
  async currentMembers(ctx: RequestContext, clientIds: VisibleClientIds): Promise<SupportNetworkMemberEntity[][]> {
    const rows = await ctx.manager
      .getRepository(SupportNetworkMemberEntity)
      .createQueryBuilder('member')
      .where('member.client_id IN (:...clientIds)', { clientIds })
      .andWhere('member.removed_at IS NULL')
      .orderBy('member.name', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (row) => row.clientId as VisibleClientId);
  }

  async add(ctx: WriteContext, input: AddSupportNetworkMemberInput): Promise<SupportNetworkMemberEntity> {
    const client = await this.access.findEditableClient(ctx, input.clientId);
    const repo = ctx.manager.getRepository(SupportNetworkMemberEntity);
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
        updatedById: ctx.staffId,
      }),
    );
    const optional = (['phone', 'email', 'involvedInTreatment', 'note'] as const).filter((f) => input[f] !== undefined && input[f] !== null);
    ctx.recordWrite(AuditAction.CREATE, AuditEntityType.SUPPORT_NETWORK_MEMBER, [member.id], ['clientId', 'name', 'relationship', 'stance', ...optional]);
    return member;
  }

  async update(ctx: WriteContext, input: UpdateSupportNetworkMemberInput): Promise<SupportNetworkMemberEntity> {
    const member = await this.findEditableMember(ctx, input.memberId);
    await assertCurrentVersion(ctx, SupportNetworkMemberEntity, member, input.expectedVersion);
    const changes: Partial<Record<(typeof UPDATABLE_MEMBER_FIELDS)[number], unknown>> = {};
    for (const field of UPDATABLE_MEMBER_FIELDS) {
      const value = input[field];
      if (value === undefined) continue;
      changes[field] = typeof value === 'string' || value === null ? cleanText(value) : value;
    }
    const fields = Object.keys(changes);
    if (fields.length === 0) throw ApiError.badInput('Nothing to change: send at least one field to update.');
    await versionedUpdate(ctx, SupportNetworkMemberEntity, member.id, input.expectedVersion, changes as Partial<SupportNetworkMemberEntity>);
    ctx.recordWrite(AuditAction.UPDATE, AuditEntityType.SUPPORT_NETWORK_MEMBER, [member.id], fields);
    return ctx.manager.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id });
  }

  /**
   * Soft removal: the member leaves the network but stays on record, so past family engagement
   * events keep their attendees and consents naming them stay on file (a consent is ended by
   * revoking it, not by removing its recipient).
   */
  async remove(ctx: WriteContext, { memberId, expectedVersion }: MemberVersionArgs): Promise<SupportNetworkMemberEntity> {
    const member = await this.findEditableMember(ctx, memberId);
    await versionedUpdate(ctx, SupportNetworkMemberEntity, member.id, expectedVersion, { removedAt: this.clock.now() });
    ctx.recordWrite(AuditAction.DELETE, AuditEntityType.SUPPORT_NETWORK_MEMBER, [member.id], ['removedAt']);
    return ctx.manager.getRepository(SupportNetworkMemberEntity).findOneByOrFail({ id: member.id });
  }

  /**
   * The member if the caller may edit its client; NOT_FOUND (naming the member, not the client)
   * when unknown or out of scope, CONFLICT when it was already removed.
   */
  private async findEditableMember(ctx: WriteContext, memberId: string): Promise<SupportNetworkMemberEntity> {
    const member = await ctx.manager.getRepository(SupportNetworkMemberEntity).findOneBy({ id: memberId, organizationId: ctx.organizationId });
    if (!member) throw ApiError.notFound(AuditEntityType.SUPPORT_NETWORK_MEMBER, memberId);
    try {
      await this.access.findEditableClient(ctx, member.clientId);
    } catch (error) {
      if (error instanceof ApiError && error.extensions['code'] === 'NOT_FOUND') throw ApiError.notFound(AuditEntityType.SUPPORT_NETWORK_MEMBER, memberId);
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
}
