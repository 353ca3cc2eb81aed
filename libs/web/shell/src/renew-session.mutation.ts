import { graphql } from '@carecircle/web/data-access';

/** Keeps the session going while the person is active; the API sets the renewed cookie. */
export const renewSessionMutation = graphql(`
  mutation RenewSession {
    renewSession {
      # The same fields as every other start of a session (AuthSessionFields, libs/web/auth).
      ...AuthSessionFields
    }
  }
`);
