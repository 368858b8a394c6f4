/**
 * Authentication method references (RFC 8176) that prove more than a password. An
 * identity provider that did multi-factor sign-in says so with `mfa`, or lists the
 * methods, e.g. ['pwd', 'otp'] (oidc-provider, Keycloak) or ['pwd', 'mfa'] (Entra ID).
 */
const secondFactorMethods = new Set([
  'mfa',
  'mca',
  'otp',
  'hwk',
  'swk',
  'sms',
  'tel',
  'sc',
  'fpt',
  'face',
  'iris',
  'retina',
  'vbm',
]);

export type AuthenticationClaims = { amr?: unknown; acr?: unknown };

/**
 * Does the ID token show a second factor? Either by `amr`, or by an `acr` value the
 * operator names as multi-factor (e.g. Keycloak's level of assurance "2").
 */
export function showsSecondFactor(
  claims: AuthenticationClaims,
  multiFactorAcrValues: readonly string[] = [],
): boolean {
  const methods = Array.isArray(claims.amr)
    ? claims.amr.filter((m): m is string => typeof m === 'string')
    : [];
  if (methods.some((method) => secondFactorMethods.has(method))) return true;
  return typeof claims.acr === 'string' && multiFactorAcrValues.includes(claims.acr);
}
