/** The horizons retention is reported at, in days since admission (DOMAIN.md: N = 30, 60, 90, 180). */
export const RETENTION_HORIZON_DAYS = [30, 60, 90, 180] as const;
