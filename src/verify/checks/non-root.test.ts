import { describe, expect, it } from 'vitest';
import { nonRootCheck } from './non-root.js';

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\napp:x:10001:10001::/app:/usr/sbin/nologin\nsuper:x:0:0::/:/bin/sh\n';

describe('non-root', () => {
  it.each([
    ['10001', 'pass', /UID 10001 \(numeric\)/],
    ['10001:10001', 'pass', /UID 10001/],
    ['app', 'pass', /app \(UID 10001\); a numeric USER 10001/],
    ['', 'fail', /no USER: the container runs as root/],
    ['0', 'fail', /is root/],
    ['0:0', 'fail', /is root/],
    ['root', 'fail', /UID 0/],
    ['super', 'fail', /UID 0/],
    ['ghost', 'fail', /not in the image's \/etc\/passwd/],
  ])('USER %j: %s', (user, status, detail) => {
    const result = nonRootCheck(user, PASSWD);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });

  it('says so when the image has no /etc/passwd at all', () => {
    expect(nonRootCheck('app', undefined).detail).toMatch(/the image has none/);
  });
});
