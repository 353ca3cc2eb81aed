import './ui.css';

export { Button } from './button';
export type { ButtonProps } from './button';
export { Checkbox } from './checkbox';
export type { CheckboxProps } from './checkbox';
export { EmptyState } from './empty-state';
export type { EmptyStateProps } from './empty-state';
export { ErrorState } from './error-state';
export type { ErrorStateProps } from './error-state';
export { SearchField } from './search-field';
export type { SearchFieldProps } from './search-field';
export { Skeleton } from './skeleton';
export type { SkeletonProps } from './skeleton';
export { StatusBadge } from './status-badge';
export type { StatusBadgeProps, StatusTone } from './status-badge';
export { TextField } from './text-field';
export type { TextFieldProps } from './text-field';
export { VisuallyHidden } from './visually-hidden';
