import { graphql } from '@carecircle/web/data-access';

export const programSettingsFields = graphql(`
  fragment ProgramSettingsFields on Program {
    id
    name
    defaultLevelOfCare
    defaultCheckInSchedule
    notesRequireCosignature
    reviewIntervalOverrides {
      levelOfCare
      days
      defaultDays
    }
    riskThresholds {
      key
      value
      defaultValue
      overridden
    }
  }
`);

/** Every program of the organization with its settings, for the Programs page. */
export const programsPageQuery = graphql(`
  query ProgramsPage {
    programs {
      ...ProgramSettingsFields
    }
  }
`);

/** One program with its thresholds, for the risk-thresholds page. */
export const programSettingsQuery = graphql(`
  query ProgramSettings($programId: ID!) {
    program(programId: $programId) {
      ...ProgramSettingsFields
    }
  }
`);

export const createProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      ...ProgramSettingsFields
    }
  }
`);

export const updateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      ...ProgramSettingsFields
    }
  }
`);

export const riskThresholdPreviewQuery = graphql(`
  query RiskThresholdPreview($programId: ID!, $thresholds: RiskThresholdsInput!) {
    riskThresholdPreview(programId: $programId, thresholds: $thresholds) {
      clientsCounted
      flaggedNow
      flaggedAfter
      newlyFlagged
      noLongerFlagged
      byFlag {
        code
        now
        after
      }
    }
  }
`);

export const updateRiskThresholdsMutation = graphql(`
  mutation UpdateRiskThresholds($input: UpdateRiskThresholdsInput!) {
    updateRiskThresholds(input: $input) {
      ...ProgramSettingsFields
    }
  }
`);

/** Pages that list programs with their settings: reloaded after a program is created. */
export const PROGRAM_REFETCH_QUERIES = ['ProgramsPage'] as const;
