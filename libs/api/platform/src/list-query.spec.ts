import { SortDirection, orderByClause, sortTerms, type ListSortSpec } from './list-query';

type Key = 'NAME' | 'LAST_SEEN';
const spec: ListSortSpec<Key> = {
  keys: { NAME: ['c.last_name', 'c.first_name'], LAST_SEEN: 'c.last_seen_at' },
  tieBreakers: [
    { sql: 'c.last_name', direction: SortDirection.ASC },
    { sql: 'c.first_name', direction: SortDirection.ASC },
    { sql: 'c.id', direction: SortDirection.ASC },
  ],
};

describe('list sorting', () => {
  it('sorts by the key in its direction, then breaks ties by name and id ascending', () => {
    expect(orderByClause(sortTerms(spec, { key: 'LAST_SEEN', direction: SortDirection.DESC }))).toBe(
      'ORDER BY c.last_seen_at DESC NULLS LAST, c.last_name ASC NULLS LAST, c.first_name ASC NULLS LAST, c.id ASC NULLS LAST',
    );
  });

  it('reverses every column of a multi-column key and does not repeat it among the tie-breakers', () => {
    const terms = sortTerms(spec, { key: 'NAME', direction: SortDirection.DESC }, [{ sql: 'urgent', direction: SortDirection.DESC }]);
    expect(terms.map((t) => `${t.sql} ${t.direction}`)).toEqual(['urgent DESC', 'c.last_name DESC', 'c.first_name DESC', 'c.id ASC']);
  });

  it('refuses a key the list does not declare', () => {
    expect(() => sortTerms(spec, { key: 'DROP TABLE' as Key, direction: SortDirection.ASC })).toThrow('Not a sort key');
  });
});
