import { graphql } from '@carecircle/web/data-access';

/** What the web keeps of a new session, however it began (sign-in, first-run setup, a one-time link). */
export const authSessionFragment = graphql(`
  fragment AuthSessionFields on AuthSession {
    token
    expiresAt
    me {
      id
      displayName
      email
      role
      organizationName
      organizationId
      organizationTimeZone
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
