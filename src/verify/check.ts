/** The shape every verify check returns, and the report they add up to. */

export const CHECK_IDS = [
  'non-root',
  'healthcheck',
  'graceful-shutdown',
  'read-only-rootfs',
  'secrets',
  'size',
  'layer-waste',
  'cache-reuse',
  'scan',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** One line: what was measured, and on failure why and what to change. */
  detail: string;
}

export interface VerifyReport {
  image: string;
  imageId: string;
  sizeBytes: number;
  passed: boolean;
  checks: CheckResult[];
}

export const pass = (id: CheckId, detail: string): CheckResult => ({ id, status: 'pass', detail });
export const fail = (id: CheckId, detail: string): CheckResult => ({ id, status: 'fail', detail });
export const skip = (id: CheckId, detail: string): CheckResult => ({ id, status: 'skip', detail });
