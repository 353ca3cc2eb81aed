import { graphql } from '@carecircle/web/data-access';

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
