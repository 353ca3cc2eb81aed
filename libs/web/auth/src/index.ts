import { lazy } from 'react';

export { LoginPage } from './login-page';
export { RequireSession } from './require-session';
export { needsTwoFactorEnrolment, RequireTwoFactorEnrolled, TWO_FACTOR_SETUP_PATH } from './two-factor-sign-in';

// The login page is a signed-out visitor's first screen and loads with the app. The pages few people ever open
// load on demand: first-run and account setup bring the forms (react-hook-form, zod), two-factor enrolment its own.
// They render outside the app shell, so the routes wrap them in a Suspense boundary.
export const FirstRunSetupPage = lazy(() => import('./first-run-setup-page').then((m) => ({ default: m.FirstRunSetupPage })));
export const AccountSetupPage = lazy(() => import('./account-setup-page').then((m) => ({ default: m.AccountSetupPage })));
export const TwoFactorSetupPage = lazy(() => import('./two-factor-setup-page').then((m) => ({ default: m.TwoFactorSetupPage })));
