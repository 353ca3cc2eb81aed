// The builder lives beside the access policy it wraps, so every domain (metrics, support network) shares one copy.
export { scopedStatement, type ScopedSql } from '@carecircle/api/clients';
