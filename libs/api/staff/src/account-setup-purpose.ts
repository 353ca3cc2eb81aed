import { registerEnumType } from '@nestjs/graphql';

/** Why a one-time setup link was issued: it decides how long the link lasts and what the page says. */
export enum AccountSetupPurpose {
  /** A new staff member's first password; valid 7 days. */
  INVITE = 'INVITE',
  /** An administrator reset the password; valid 24 hours. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

registerEnumType(AccountSetupPurpose, { name: 'AccountSetupPurpose', description: 'Why a one-time setup link was issued.' });

/** How long each kind of link stays usable. */
export const SETUP_LINK_VALID_HOURS: Record<AccountSetupPurpose, number> = {
  [AccountSetupPurpose.INVITE]: 7 * 24,
  [AccountSetupPurpose.PASSWORD_RESET]: 24,
};
