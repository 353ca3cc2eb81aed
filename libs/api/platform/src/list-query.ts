import { registerEnumType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The direction of a server-side list sort; every list's sort input uses it. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending. Missing values sort last either way.' });

/** One ORDER BY term: an SQL expression the server wrote (never text from a request) and its direction. */
export interface SortTerm {
  sql: string;
  direction: SortDirection;
}

/**
 * How a list may be sorted: each sort key the API accepts (a GraphQL enum, so nothing else can
 * arrive) maps to the SQL expressions it sorts by, and ties always fall back to the same
 * tie-breakers, ending with a unique column so that pages never overlap or skip a row.
 */
export interface ListSortSpec<K extends string> {
  /** Whitelisted sort keys → the expressions they sort by, in order; all take the requested direction. */
  keys: Readonly<Record<K, string | readonly string[]>>;
  /** After the key, in their own direction (e.g. last name, first name, id ascending). */
  tieBreakers: readonly SortTerm[];
}

export interface ListPageRequest {
  offset: number;
  limit: number;
}

/** The rows of one page and how many rows match across all pages. */
export interface ListPage<R> {
  rows: R[];
  total: number;
}

/** The column carrying the total in each row of a page statement. */
const TOTAL = 'list_total';

/**
 * The ORDER BY terms of a list: first `leading` (e.g. urgent clients first, whatever the column),
 * then the chosen key in the chosen direction, then the spec's tie-breakers (those the key already
 * sorts by are left out).
 */
export function sortTerms<K extends string>(
  spec: ListSortSpec<K>,
  sort: { key: K; direction: SortDirection },
  leading: readonly SortTerm[] = [],
): SortTerm[] {
  const chosen: string | readonly string[] | undefined = spec.keys[sort.key];
  if (chosen === undefined) throw new Error(`Not a sort key of this list: ${String(sort.key)}`);
  const expressions: readonly string[] = typeof chosen === 'string' ? [chosen] : chosen;
  const keyTerms: SortTerm[] = expressions.map((sql) => ({ sql, direction: sort.direction }));
  const used = new Set(keyTerms.map((t) => t.sql));
  return [...leading, ...keyTerms, ...spec.tieBreakers.filter((t) => !used.has(t.sql))];
}

/**
 * `ORDER BY …` for raw statements. Missing values (NULL) sort last whatever the direction: an
 * empty "last check-in" is never the most recent one nor the oldest.
 */
export function orderByClause(terms: readonly SortTerm[]): string {
  if (terms.length === 0) throw new Error('A list needs at least one sort term');
  return `ORDER BY ${terms.map((t) => `${t.sql} ${t.direction} NULLS LAST`).join(', ')}`;
}

/**
 * Sorts and pages a query builder: the terms (NULLS LAST both ways), then OFFSET/LIMIT. Use it
 * for lists whose rows are entities (`getMany`); `pageWithTotal` also counts.
 */
export function orderAndPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, terms: readonly SortTerm[], page: ListPageRequest): SelectQueryBuilder<T> {
  if (terms.length === 0) throw new Error('A list needs at least one sort term');
  terms.forEach((t, i) => (i === 0 ? qb.orderBy(t.sql, t.direction, 'NULLS LAST') : qb.addOrderBy(t.sql, t.direction, 'NULLS LAST')));
  // offset/limit, not skip/take: list queries join many-to-one only, so no DISTINCT pre-query is needed.
  return qb.offset(page.offset).limit(page.limit);
}

/**
 * One page of raw rows and the total, in ONE statement: `count(*) OVER ()` is computed over every
 * matching row before OFFSET/LIMIT. A page past the end has no row to carry the total, so only
 * then is a second statement (a plain count of the same query) sent.
 *
 * The query's own select list is kept; expressions the page shows but does not sort by can be
 * put there cheaply: PostgreSQL evaluates costly select-list expressions (subqueries) after the
 * sort and limit, for the page's rows only.
 */
export async function pageWithTotal<R extends object, T extends ObjectLiteral = ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  terms: readonly SortTerm[],
  page: ListPageRequest,
): Promise<ListPage<R>> {
  const countable = qb.clone();
  const raw = await orderAndPage(qb.addSelect('count(*) OVER ()', TOTAL), terms, page).getRawMany<R & { [TOTAL]: string | number }>();
  if (raw.length > 0) return { rows: raw, total: Number(raw[0]![TOTAL]) };
  if (page.offset === 0) return { rows: [], total: 0 };
  const counted = await countable.select('count(*)', 'n').orderBy().getRawOne<{ n: string }>();
  return { rows: [], total: Number(counted?.n ?? 0) };
}

/**
 * The same for entity lists: the page's entities, the raw rows they came from (with any extra
 * expressions the query selected, in the same order), and the total, in one statement.
 */
export async function entityPageWithTotal<T extends ObjectLiteral, R extends object = ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  terms: readonly SortTerm[],
  page: ListPageRequest,
): Promise<ListPage<T> & { raw: R[] }> {
  const countable = qb.clone();
  const { entities, raw } = await orderAndPage(qb.addSelect('count(*) OVER ()', TOTAL), terms, page).getRawAndEntities<R & { [TOTAL]: string | number }>();
  if (raw.length > 0) return { rows: entities, raw, total: Number(raw[0]![TOTAL]) };
  if (page.offset === 0) return { rows: [], raw: [], total: 0 };
  return { rows: [], raw: [], total: await countable.getCount() };
}
