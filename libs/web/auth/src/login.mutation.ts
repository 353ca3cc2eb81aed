import { graphql } from '@carecircle/web/data-access';

/**
 * What the web keeps of a new session, however it began (sign-in, first-run setup, a one-time link). Not the token:
 * the API sets the session as an httpOnly cookie, and no script here should ever hold it.
 */
export const authSessionFragment = graphql(`
  fragment AuthSessionFields on AuthSession {
    expiresAt
    inactivitySignOutMinutes
    me {
      id
      displayName
      email
      role
      organizationName
      organizationId
      organizationTimeZone
      twoFactorEnrolmentRequired
      isPrivacyOfficer
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthSessionFields
    }
  }
`);
