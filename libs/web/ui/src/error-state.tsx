import { Button } from './button';

export interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry: () => void;
  headingLevel?: 2 | 3;
}

/** Something failed to load: says what, and offers Retry. */
export function ErrorState({ title = 'Something went wrong', message, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="cc-state cc-state--error" role="alert">
      <Heading className="cc-state__title">{title}</Heading>
      <p className="cc-state__body">{message}</p>
      <div className="cc-state__action">
        <Button variant="primary" onPress={onRetry}>
          Retry
        </Button>
      </div>
    </section>
  );
}
