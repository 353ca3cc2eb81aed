/**
 * Cohort names the metrics queries return where a group is neither an enum value nor a stored name
 * (a program, a counselor): the web matches them to link a cohort to its clients.
 */
export const DUAL_DIAGNOSIS_GROUP = 'Dual diagnosis';
export const NO_DUAL_DIAGNOSIS_GROUP = 'No dual diagnosis';
/** The MODALITY cohort of clients without a signed care plan. */
export const NO_SIGNED_PLAN_GROUP = 'NO_SIGNED_PLAN';
