export { AdminHomePage } from './admin-home-page';
export { AppShell } from './app-shell';
