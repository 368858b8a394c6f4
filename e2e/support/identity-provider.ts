import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
// @ts-expect-error -- oidc-provider 9 ships no type declarations; the little used here is typed below.
import Provider from 'oidc-provider';

/** A person the test identity provider knows; `login` is what the test types into its form. */
export type TestIdentity = {
  /** The login name typed into the devInteractions form; becomes accountId and `sub`. */
  login: string;
  email: string;
  name: string;
  /** Authentication methods reported in the ID token, e.g. ['pwd', 'otp']. */
  amr: string[];
};

export type IdentityProvider = { issuer: string; stop: () => Promise<void> };

type StartOptions = {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  users: TestIdentity[];
};

type InteractionResult = { login?: { accountId: string; amr?: string[] } };
type InteractionFinished = (
  req: IncomingMessage,
  res: ServerResponse,
  result: InteractionResult,
  options?: { mergeWithLastSubmission?: boolean },
) => Promise<void>;
/** The part of oidc-provider's Provider instance this module uses. */
type OidcProvider = {
  callback: () => http.RequestListener;
  interactionFinished: InteractionFinished;
};

/** Logins the test did not register still sign in, so tests can check the app refuses them. */
function identityFor(users: TestIdentity[], login: string): TestIdentity {
  return (
    users.find((user) => user.login === login) ?? {
      login,
      email: `${login}@unknown.example`,
      name: login,
      amr: ['pwd', 'otp'],
    }
  );
}

function createProvider(issuer: string, options: StartOptions): OidcProvider {
  // A fresh key per run: no "development-only signing keys" warning, nothing on disk.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e', alg: 'RS256' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // amr and acr must be listed under a scope, otherwise they are masked out of the ID token.
    claims: {
      openid: ['sub', 'amr', 'acr'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // Auth.js builds the profile from the ID token: email has to be in it.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // The built-in login form (any password) and consent page are what the browser goes through.
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: (_ctx: unknown, accountId: string) => {
      const identity = identityFor(options.users, accountId);
      return {
        accountId,
        claims: () => ({
          sub: accountId,
          email: identity.email,
          email_verified: true,
          name: identity.name,
        }),
      };
    },
  }) as OidcProvider;
  // devInteractions finish a login with only { accountId }; amr comes from the session the
  // login result creates, so add the user's methods on the way through.
  const finish = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, result, finishOptions) => {
    if (result.login) {
      result.login.amr = identityFor(options.users, result.login.accountId).amr;
    }
    return finish(req, res, result, finishOptions);
  };
  return provider;
}

/** An OpenID provider on http://127.0.0.1:<port> with one confidential client. */
export async function startIdentityProvider(options: StartOptions): Promise<IdentityProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const server = http.createServer(createProvider(issuer, options).callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers and Auth.js keep connections alive; do not wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
