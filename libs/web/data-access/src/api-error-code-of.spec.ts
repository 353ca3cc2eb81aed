import { ApiErrorCode } from '@carecircle/shared/domain';
import { GraphQLError } from 'graphql';
import { apiErrorCodeOf } from './api-error-code-of';

describe('apiErrorCodeOf', () => {
  it('reads a code the shared contract knows', () => {
    expect(apiErrorCodeOf(new GraphQLError('gone', { extensions: { code: ApiErrorCode.NOT_FOUND } }))).toBe(ApiErrorCode.NOT_FOUND);
    expect(apiErrorCodeOf({ extensions: { code: 'CONFLICT' } })).toBe(ApiErrorCode.CONFLICT);
  });

  it('gives null for no code, a code outside the contract, or one that is not a string', () => {
    expect(apiErrorCodeOf(new GraphQLError('no code'))).toBeNull();
    expect(apiErrorCodeOf({ extensions: null })).toBeNull();
    expect(apiErrorCodeOf({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })).toBeNull();
    expect(apiErrorCodeOf({ extensions: { code: 404 } })).toBeNull();
  });
});
