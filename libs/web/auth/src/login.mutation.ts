import { graphql } from '@carecircle/web/data-access';

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
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
  }
`);
