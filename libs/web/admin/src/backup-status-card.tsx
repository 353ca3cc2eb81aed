/** Placeholder: being built in this change. */
export function BackupStatusCard() {
  return null;
}
