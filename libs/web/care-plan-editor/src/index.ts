export { CarePlanPage } from './care-plan-page';
export { SignOffQueuePage } from './sign-off-queue-page';
