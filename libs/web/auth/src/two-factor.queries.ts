import { graphql } from '@carecircle/web/data-access';

export const twoFactorStatusQuery = graphql(`
  query TwoFactorStatus {
    twoFactorStatus {
      enabled
      enabledAt
      required
      recoveryCodesLeft
    }
  }
`);

export const beginTwoFactorEnrolmentMutation = graphql(`
  mutation BeginTwoFactorEnrolment {
    beginTwoFactorEnrolment {
      secret
      qrCodeDataUrl
    }
  }
`);

export const confirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      recoveryCodes
      session {
        ...AuthSessionFields
      }
    }
  }
`);

export const regenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input)
  }
`);
