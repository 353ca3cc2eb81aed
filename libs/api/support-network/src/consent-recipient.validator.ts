import { ValidateBy, isUUID, type ValidationArguments } from 'class-validator';
import { ConsentRecipientKind } from '@carecircle/shared/domain';

const MAX_ORGANIZATION_NAME = 200;

/** What a recipient id must look like for each kind; null when the value is fine. */
export function recipientValueProblem(kind: unknown, value: unknown, property: string, forKind: ConsentRecipientKind): string | null {
  const present = value !== null && value !== undefined;
  if (kind !== forKind) {
    return present ? `${property} must be left out unless recipientKind is ${forKind}` : null;
  }
  if (forKind === ConsentRecipientKind.SUPPORT_NETWORK_MEMBER) {
    return typeof value === 'string' && isUUID(value)
      ? null
      : `${property} is required for a ${forKind} consent and must be the id of one of the client's support network members`;
  }
  if (forKind === ConsentRecipientKind.ORGANIZATION) {
    return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_ORGANIZATION_NAME
      ? null
      : `${property} is required for an ${forKind} consent: the organization's name, up to ${MAX_ORGANIZATION_NAME} characters`;
  }
  return present ? `${property} must be left out for a ${forKind} consent` : null;
}

/**
 * The property names the recipient only for consents of `forKind` (read from `recipientKind` on
 * the same input): required and well-formed for that kind, absent for every other kind.
 */
export function IsRecipientFor(forKind: ConsentRecipientKind): PropertyDecorator {
  return ValidateBy({
    name: 'isRecipientFor',
    constraints: [forKind],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        recipientValueProblem((args?.object as { recipientKind?: unknown }).recipientKind, value, args?.property ?? '', forKind) === null,
      defaultMessage: (args?: ValidationArguments) =>
        recipientValueProblem((args?.object as { recipientKind?: unknown }).recipientKind, args?.value, args?.property ?? '', forKind) ??
        `${args?.property} is not valid`,
    },
  });
}

/**
 * One property naming the recipient whatever its kind (read from `recipientKind`): a member id,
 * an organization's name, or nothing for the peer support team.
 */
export function IsRecipientIdForKind(): PropertyDecorator {
  const problem = (args?: ValidationArguments): string | null => {
    const kind = (args?.object as { recipientKind?: unknown }).recipientKind;
    if (!Object.values(ConsentRecipientKind).includes(kind as ConsentRecipientKind)) return null; // the enum check reports it
    return recipientValueProblem(kind, args?.value, args?.property ?? '', kind as ConsentRecipientKind);
  };
  return ValidateBy({
    name: 'isRecipientIdForKind',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => problem(args) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args) ?? `${args?.property} is not valid`,
    },
  });
}
