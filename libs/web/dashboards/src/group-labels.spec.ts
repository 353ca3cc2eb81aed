import { caseloadLinkForGroup, groupLabel } from './group-labels';

describe('retention groups', () => {
  it('spells out modalities and admission months', () => {
    expect(groupLabel('MODALITY', 'CBT')).toBe('Cognitive behavioral therapy (CBT)');
    expect(groupLabel('MODALITY', 'NO_SIGNED_PLAN')).toBe('No signed care plan');
    expect(groupLabel('ADMISSION_MONTH', '2026-02', 'en-US')).toBe('Feb 2026');
    expect(groupLabel('PROGRAM', 'Intensive Outpatient')).toBe('Intensive Outpatient');
  });

  it('links each group to the caseload filtered the same way', () => {
    expect(caseloadLinkForGroup('PROGRAM', 'Intensive Outpatient')).toBe('/?program=Intensive+Outpatient');
    expect(caseloadLinkForGroup('DUAL_DIAGNOSIS', 'Dual diagnosis')).toBe('/?dual=true');
    expect(caseloadLinkForGroup('DUAL_DIAGNOSIS', 'No dual diagnosis')).toBe('/?dual=false');
    expect(caseloadLinkForGroup('MODALITY', 'DBT')).toBe('/?modality=DBT');
    expect(caseloadLinkForGroup('MODALITY', 'NO_SIGNED_PLAN')).toBeNull();
    expect(caseloadLinkForGroup('ADMISSION_MONTH', '2024-02')).toBe(
      '/?admittedFrom=2024-02-01&admittedTo=2024-02-29&status=all',
    );
    expect(caseloadLinkForGroup('COUNSELOR', 'Avery Chen', new Map([['Avery Chen', 's-1']]))).toBe('/?counselor=s-1');
    expect(caseloadLinkForGroup('COUNSELOR', 'Unassigned', new Map())).toBeNull();
    expect(caseloadLinkForGroup('ALL', 'All clients')).toBeNull();
  });
});
