import { DEFAULT_SORT, nextSort, readCaseloadSort, toClientSort, writeCaseloadSort } from './caseload-sort';

describe('the caseload sort', () => {
  it('asks the server for the chosen column with urgent clients first', () => {
    expect(toClientSort(DEFAULT_SORT)).toEqual({ key: 'NAME', direction: 'ASC', urgentFirst: true });
    expect(toClientSort({ key: 'lastCheckIn', direction: 'descending' })).toEqual({ key: 'LAST_CHECK_IN', direction: 'DESC', urgentFirst: true });
    expect(toClientSort({ key: 'levelOfCare', direction: 'ascending' }).key).toBe('LEVEL_OF_CARE');
  });

  it('reverses the sorted column, and starts risk with the most severe first', () => {
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'risk')).toEqual({ key: 'risk', direction: 'descending' });
    expect(nextSort({ key: 'risk', direction: 'descending' }, 'daysInTreatment')).toEqual({ key: 'daysInTreatment', direction: 'ascending' });
    expect(nextSort({ key: 'risk', direction: 'descending' }, 'risk')).toEqual({ key: 'risk', direction: 'ascending' });
  });

  it('keeps the sort in the link and reads it back; the default leaves the link clean', () => {
    const params = new URLSearchParams('program=Harbor');
    writeCaseloadSort(params, { key: 'risk', direction: 'descending' });
    expect(params.toString()).toBe('program=Harbor&sort=risk&dir=desc');
    expect(readCaseloadSort(params)).toEqual({ key: 'risk', direction: 'descending' });

    writeCaseloadSort(params, DEFAULT_SORT);
    expect(params.toString()).toBe('program=Harbor');
    expect(readCaseloadSort(params)).toEqual(DEFAULT_SORT);
  });

  it('falls back to a sensible sort for links it cannot read', () => {
    expect(readCaseloadSort(new URLSearchParams('sort=shoeSize&dir=desc'))).toEqual(DEFAULT_SORT);
    expect(readCaseloadSort(new URLSearchParams('sort=risk'))).toEqual({ key: 'risk', direction: 'descending' });
    expect(readCaseloadSort(new URLSearchParams('sort=name&dir=sideways'))).toEqual(DEFAULT_SORT);
    expect(readCaseloadSort(new URLSearchParams('sort=status&dir=asc'))).toEqual({ key: 'status', direction: 'ascending' });
  });
});
