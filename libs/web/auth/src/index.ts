export { LoginPage } from './login-page';
export { RequireSession } from './require-session';
export { FirstRunSetupPage } from './first-run-setup-page';
export { AccountSetupPage } from './account-setup-page';
export { TwoFactorSetupPage } from './two-factor-setup-page';
export { RequireTwoFactorEnrolled, TWO_FACTOR_SETUP_PATH } from './two-factor-sign-in';
