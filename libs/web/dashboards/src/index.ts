export { DashboardPage } from './dashboard-page';
export type { DashboardPageProps } from './dashboard-page';
