import {
  PROGRESS_NOTE_SECTIONS,
  ProgressNoteFormat,
  SessionAttendance,
  noShowsInWindow,
  progressNoteSigningProblems,
  type ProgressNoteForSigning,
} from './progress-note';

const TODAY = '2026-11-24';

/** Every section of the format written, as a complete note of an attended session. */
const written = (format: ProgressNoteFormat) => PROGRESS_NOTE_SECTIONS[format].map((s) => ({ key: s.key, text: `${s.label} written.` }));

const complete = (format: ProgressNoteFormat, overrides: Partial<ProgressNoteForSigning> = {}): ProgressNoteForSigning => ({
  format,
  attendance: SessionAttendance.ATTENDED,
  sessionDate: '2026-11-23',
  startTime: '10:00:00',
  durationMinutes: 50,
  sections: written(format),
  ...overrides,
});

const fields = (note: ProgressNoteForSigning) => progressNoteSigningProblems(note, TODAY).map((p) => p.field);

describe('progressNoteSigningProblems', () => {
  it.each([ProgressNoteFormat.DAP, ProgressNoteFormat.SOAP, ProgressNoteFormat.BIRP])('signs a complete %s note of an attended session', (format) => {
    expect(progressNoteSigningProblems(complete(format), TODAY)).toEqual([]);
  });

  it('names the time, the length and each unwritten DAP section, in that order', () => {
    const note = complete(ProgressNoteFormat.DAP, { startTime: null, durationMinutes: null, sections: [{ key: 'data', text: 'Client present.' }] });
    expect(progressNoteSigningProblems(note, TODAY)).toEqual([
      { field: 'startTime', problem: 'Give the time the session started.' },
      { field: 'durationMinutes', problem: 'Give how long the session lasted.' },
      { field: 'sections.assessment', problem: 'Write the Assessment section before signing.' },
      { field: 'sections.plan', problem: 'Write the Plan section before signing.' },
    ]);
  });

  it('treats a section of only spaces and line breaks as unwritten', () => {
    const sections = written(ProgressNoteFormat.SOAP).map((s) => (s.key === 'objective' ? { ...s, text: ' \n\t ' } : s));
    expect(fields(complete(ProgressNoteFormat.SOAP, { sections }))).toEqual(['sections.objective']);
  });

  it("asks for each format's own sections, not text left under another template's keys", () => {
    expect(fields(complete(ProgressNoteFormat.BIRP, { sections: written(ProgressNoteFormat.DAP) }))).toEqual([
      'sections.behavior',
      'sections.intervention',
      'sections.response',
    ]);
    expect(fields(complete(ProgressNoteFormat.SOAP, { sections: [] }))).toEqual(['sections.subjective', 'sections.objective', 'sections.assessment', 'sections.plan']);
  });

  it('takes a length of 0 minutes as not given', () => {
    expect(fields(complete(ProgressNoteFormat.DAP, { durationMinutes: 0 }))).toEqual(['durationMinutes']);
  });

  it.each([SessionAttendance.NO_SHOW, SessionAttendance.CANCELLED_BY_CLIENT, SessionAttendance.CANCELLED_BY_PROGRAM])(
    'signs a %s with only its plan: no time, length or other section',
    (attendance) => {
      const note = complete(ProgressNoteFormat.DAP, {
        attendance,
        startTime: null,
        durationMinutes: null,
        sections: [{ key: 'plan', text: 'Called the client; rebooked for Thursday.' }],
      });
      expect(progressNoteSigningProblems(note, TODAY)).toEqual([]);
      expect(progressNoteSigningProblems({ ...note, sections: [{ key: 'plan', text: '  ' }] }, TODAY)).toEqual([
        { field: 'sections.plan', problem: 'Write the Plan section: the follow-up for a missed or cancelled session.' },
      ]);
    },
  );

  it('refuses a session in the future, but not one today', () => {
    expect(fields(complete(ProgressNoteFormat.DAP, { sessionDate: '2026-11-25' }))).toEqual(['sessionDate']);
    expect(fields(complete(ProgressNoteFormat.DAP, { sessionDate: TODAY }))).toEqual([]);
  });
});

describe('noShowsInWindow', () => {
  it('keeps the no-shows from today back to the window’s length in days, newest first', () => {
    expect(noShowsInWindow(['2026-10-25', TODAY, '2026-11-10', '2026-10-24'], TODAY, 30)).toEqual([TODAY, '2026-11-10', '2026-10-25']);
  });

  it('leaves out dates after today and keeps two no-shows on one day as two', () => {
    expect(noShowsInWindow(['2026-11-25', '2026-11-20', '2026-11-20'], TODAY, 30)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('follows a shorter window and returns nothing for no no-shows', () => {
    expect(noShowsInWindow(['2026-11-10', '2026-11-09'], TODAY, 14)).toEqual(['2026-11-10']);
    expect(noShowsInWindow([], TODAY, 30)).toEqual([]);
  });

  it('does not reorder the array it is given', () => {
    const dates = ['2026-11-01', '2026-11-20'];
    noShowsInWindow(dates, TODAY, 30);
    expect(dates).toEqual(['2026-11-01', '2026-11-20']);
  });
});
