import type { Request, Response } from 'express';
import type { StaffRole } from '@carecircle/shared/domain';

/** Who is calling, as the verified token says. Never built from client-supplied fields. */
export interface StaffPrincipal {
  id: string;
  organizationId: string;
  role: StaffRole;
  email: string;
  displayName: string;
  tokenId: string;
  tokenExpiresAt: Date;
}

export interface CareCircleRequest extends Request {
  requestId: string;
  principal?: StaffPrincipal;
}

export interface GraphQLRequestContext {
  req: CareCircleRequest;
  res: Response;
}
