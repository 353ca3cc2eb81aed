export { LoginPage } from './login-page';
export { RequireSession } from './require-session';
