import { describe, expect, it } from 'vitest';
import { classifyError, errorOfStatus } from './errors';

const fetchFailure = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe('classifyError', () => {
  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls_failed'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls_failed'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls_failed'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls_failed'],
    ['ENOTFOUND', 'unreachable'],
    ['ECONNREFUSED', 'unreachable'],
  ])('%s is %s', (code, reason) => {
    expect(classifyError(fetchFailure(code)).reason).toBe(reason);
  });

  it('a timeout is a timeout', () => {
    expect(classifyError(new DOMException('x', 'TimeoutError')).reason).toBe('timeout');
  });
});

describe('errorOfStatus', () => {
  it.each([
    [401, 'auth_refused'],
    [403, 'auth_refused'],
    [404, 'not_found'],
    [500, 'server_error'],
  ])('%i is %s', (status, reason) => {
    expect(errorOfStatus(status, 'PUT').reason).toBe(reason);
  });
});
