export { LogContactPage } from './log-contact-page';
export { TodayPage } from './today-page';
