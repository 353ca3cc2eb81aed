import { graphql } from '@carecircle/web/data-access';

/** The staff list and the organization's programs (for the Programs checkboxes), in one request. */
export const staffPageQuery = graphql(`
  query StaffPage {
    staffMembers {
      ...StaffAccountFields
    }
    programs {
      id
      name
    }
  }
`);

export const staffAccountFields = graphql(`
  fragment StaffAccountFields on StaffAccount {
    id
    displayName
    email
    role
    supervisor {
      id
      displayName
    }
    programs {
      id
      name
    }
    status
    lastSignedInAt
    requiresCosignature
    isPrivacyOfficer
    twoFactorEnabled
    openCaseloadSize
    clientsNeedingReassignment
  }
`);

export const inviteStaffMemberMutation = graphql(`
  mutation InviteStaffMember($input: InviteStaffMemberInput!) {
    inviteStaffMember(input: $input) {
      staffMember {
        ...StaffAccountFields
      }
      setupLink {
        path
        expiresAt
        purpose
      }
    }
  }
`);

export const updateStaffMemberMutation = graphql(`
  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {
    updateStaffMember(input: $input) {
      ...StaffAccountFields
    }
  }
`);

export const deactivateStaffMemberMutation = graphql(`
  mutation DeactivateStaffMember($staffId: ID!) {
    deactivateStaffMember(staffId: $staffId) {
      ...StaffAccountFields
    }
  }
`);

export const reactivateStaffMemberMutation = graphql(`
  mutation ReactivateStaffMember($staffId: ID!) {
    reactivateStaffMember(staffId: $staffId) {
      ...StaffAccountFields
    }
  }
`);

/** Turns off a colleague's two-factor sign-in (a lost phone): they set it up again at their next sign-in. */
export const resetStaffTwoFactorMutation = graphql(`
  mutation ResetStaffTwoFactor($staffId: ID!) {
    resetStaffTwoFactor(staffId: $staffId)
  }
`);

export const issuePasswordResetLinkMutation = graphql(`
  mutation IssuePasswordResetLink($staffId: ID!) {
    issuePasswordResetLink(staffId: $staffId) {
      path
      expiresAt
      purpose
    }
  }
`);

/** Refetched after every change: a new member joins the list, and a role change can change who may supervise. */
export const STAFF_REFETCH_QUERIES = ['StaffPage'] as const;
