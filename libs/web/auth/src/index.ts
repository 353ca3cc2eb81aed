export { LoginPage } from './login-page';
export { RequireSession } from './require-session';
export { FirstRunSetupPage } from './first-run-setup-page';
export { AccountSetupPage } from './account-setup-page';
