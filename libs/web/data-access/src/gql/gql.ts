/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        email\n        role\n        organizationName\n        organizationId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!) {\n    clients(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        firstName\n        lastName\n        preferredName\n        pronouns\n        status\n        levelOfCare\n        admissionDate\n        recoveryStartDate\n        daysInTreatment\n        daysSinceRecoveryStart\n        program {\n          id\n          name\n        }\n        careTeam {\n          role\n          staff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadClientsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        email\n        role\n        organizationName\n        organizationId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!) {\n    clients(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        firstName\n        lastName\n        preferredName\n        pronouns\n        status\n        levelOfCare\n        admissionDate\n        recoveryStartDate\n        daysInTreatment\n        daysSinceRecoveryStart\n        program {\n          id\n          name\n        }\n        careTeam {\n          role\n          staff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadClientsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        email\n        role\n        organizationName\n        organizationId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        email\n        role\n        organizationName\n        organizationId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!) {\n    clients(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        firstName\n        lastName\n        preferredName\n        pronouns\n        status\n        levelOfCare\n        admissionDate\n        recoveryStartDate\n        daysInTreatment\n        daysSinceRecoveryStart\n        program {\n          id\n          name\n        }\n        careTeam {\n          role\n          staff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadClients($filter: ClientFilterInput, $offset: Int!, $limit: Int!) {\n    clients(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        firstName\n        lastName\n        preferredName\n        pronouns\n        status\n        levelOfCare\n        admissionDate\n        recoveryStartDate\n        daysInTreatment\n        daysSinceRecoveryStart\n        program {\n          id\n          name\n        }\n        careTeam {\n          role\n          staff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;