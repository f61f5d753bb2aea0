import { ShipshapeError } from './errors.js';

/** A plan cannot be made for this app (yet): the message says why and what to do. */
export class PlanError extends ShipshapeError {
  override readonly name = 'PlanError';
}
