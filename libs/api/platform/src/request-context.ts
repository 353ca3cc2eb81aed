import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import DataLoader from 'dataloader';
import { AuditAction, AuditOutcome, type AuditEntityType, type StaffRole } from '@carecircle/shared/domain';

/** Who is calling, as the verified token says. Never built from client-supplied fields. */
export interface StaffPrincipal {
  id: string;
  organizationId: string;
  role: StaffRole;
  email: string;
  displayName: string;
  tokenId: string;
  tokenExpiresAt: Date;
  /**
   * The organization's IANA time zone, where its days start (see organization-day.ts). Set by
   * authenticate(); optional only so hand-made test principals need not name one (they count in UTC).
   */
  timeZone?: string;
  /** The privacy-officer permission (beside the role); optional for hand-made test principals (false). */
  isPrivacyOfficer?: boolean;
}

/** One audit row before it is written; the actor, request and client address come from the context. */
export interface AuditRowDraft {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  fields: string[] | null;
  outcome: AuditOutcome;
  /**
   * The client the row is about (who viewed this record reads by it). Left out, the audit trail
   * finds it from the entity type and id (audit-trail.ts `CLIENT_OF`); null says "about no client".
   */
  clientId?: string | null;
  /** Only for sign-in, where the actor is known from the credentials rather than the token. */
  actor?: { id: string; organizationId: string; role: StaffRole };
}

/**
 * The open transaction of a write, with the audit rows that commit or roll back with it. Only the
 * write path makes one.
 */
export class WriteTransaction {
  readonly rows: AuditRowDraft[] = [];
  /** Reads made inside the write, one per record, keyed like the request's own. */
  readonly reads = new Map<string, AuditRowDraft>();
  constructor(readonly manager: EntityManager) {}

  /** Every audit row of the write, for the one INSERT at commit. */
  auditRows(): AuditRowDraft[] {
    return [...this.rows, ...this.reads.values()];
  }
}

/** Information shown to a staff member under a client's consent, for the accounting of disclosures. */
export interface DisclosureDraft {
  clientId: string;
  consentId: string;
  /** The consent scope the information falls under (DIAGNOSES, MEASURES, …). */
  informationKind: string;
}

declare const writing: unique symbol;

/**
 * A request context inside the write path: its `manager` is the transaction's, and it can record
 * writes. Service methods that change data take this type, so a caller outside the write path
 * does not compile.
 */
export type WriteContext = RequestContext & { readonly [writing]: true };

/**
 * Everything a request carries, made once per request by the auth guard: who is calling (from the
 * verified token), the request id, where it came from, and the reason given for an exceptional
 * access. It also owns the request's data loaders and the read audit, which is written once, at
 * the end of the request, in one statement.
 */
export class RequestContext {
  private transaction: WriteTransaction | null = null;
  private readonly reads = new Map<string, AuditRowDraft>();
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly disclosures = new Map<string, DisclosureDraft>();

  constructor(
    readonly principal: StaffPrincipal | null,
    readonly requestId: string,
    readonly clientAddress: string | null,
    readonly userAgent: string | null,
    readonly reason: string | null,
    private readonly readManager: EntityManager,
  ) {}

  /** The verified caller; throws for a public request, which has none. */
  get staff(): StaffPrincipal {
    if (!this.principal) throw new Error('This request is not signed in: a public handler cannot act as staff');
    return this.principal;
  }

  get staffId(): string {
    return this.staff.id;
  }

  get organizationId(): string {
    return this.staff.organizationId;
  }

  get role(): StaffRole {
    return this.staff.role;
  }

  /** The transaction's manager inside the write path; a plain reading manager otherwise. */
  get manager(): EntityManager {
    return this.transaction?.manager ?? this.readManager;
  }

  isWriting(): this is WriteContext {
    return this.transaction !== null;
  }

  /** This context as a WriteContext; throws when no write path is open. */
  asWrite(handler: string): WriteContext {
    if (!this.isWriting()) {
      throw new Error(`${handler} writes outside the write path: decorate the mutation with @Transaction()`);
    }
    return this;
  }

  /**
   * Records that records of `entityType` were disclosed to the caller: one row per record per
   * request, however many fields or resolvers read it. Inside a write the rows commit with it.
   */
  recordRead(entityType: AuditEntityType, ids: readonly string[], action: AuditAction.READ | AuditAction.READ_METRICS = AuditAction.READ): void {
    const reads = this.transaction?.reads ?? this.reads;
    for (const entityId of ids) {
      const key = `${action}:${entityType}:${entityId}`;
      if (!reads.has(key)) reads.set(key, { action, entityType, entityId, fields: null, outcome: AuditOutcome.ALLOWED });
    }
  }

  /**
   * Records a write: one row per record touched, with the names (never the values) of the fields.
   * Only a WriteContext can, so the rows commit or roll back with the change.
   */
  recordWrite(
    this: WriteContext,
    action: AuditAction,
    entityType: AuditEntityType,
    ids: readonly string[],
    fields?: readonly string[] | null,
    actor?: AuditRowDraft['actor'],
  ): void {
    const transaction = (this as RequestContext).transaction!;
    for (const entityId of ids) {
      transaction.rows.push({ action, entityType, entityId, fields: fields ? [...fields] : null, outcome: AuditOutcome.ALLOWED, actor });
    }
  }

  /** Records information disclosed under a consent; written with the request's read audit. */
  recordDisclosure(disclosure: DisclosureDraft): void {
    this.disclosures.set(`${disclosure.clientId}:${disclosure.consentId}:${disclosure.informationKind}`, disclosure);
  }

  takeDisclosures(): DisclosureDraft[] {
    const rows = [...this.disclosures.values()];
    this.disclosures.clear();
    return rows;
  }

  /** Reads collected outside any write, for the one INSERT at the end of the request. */
  takeReads(): AuditRowDraft[] {
    const rows = [...this.reads.values()];
    this.reads.clear();
    return rows;
  }

  /** A DataLoader that lives as long as this request, keyed by name; each domain names its own. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys));
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** For the write path only: binds this request to a transaction for the duration of a write. */
  enterWrite(transaction: WriteTransaction): WriteContext {
    if (this.transaction) throw new Error('A write path is already open for this request');
    this.transaction = transaction;
    return this as unknown as WriteContext;
  }

  /** For the write path only. */
  leaveWrite(): void {
    this.transaction = null;
  }
}

export interface CareCircleRequest extends Request {
  requestId: string;
  principal?: StaffPrincipal;
  context?: RequestContext;
}

/** The request's context; throws when the auth guard did not make one. */
export function requestContextOf(req: CareCircleRequest): RequestContext {
  if (!req.context) throw new Error('No request context: the staff auth guard did not run for this handler');
  return req.context;
}

