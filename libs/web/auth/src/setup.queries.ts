import { graphql } from '@carecircle/web/data-access';

/** Public: whether the installation still has no organization (the first-run setup is open). */
export const setupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      needsSetup
    }
  }
`);

export const setUpOrganizationMutation = graphql(`
  mutation SetUpOrganization($input: SetUpOrganizationInput!) {
    setUpOrganization(input: $input) {
      ...AuthSessionFields
    }
  }
`);
