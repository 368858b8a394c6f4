import type { Adapter } from '@auth/core/adapters';

/**
 * Two rules on top of the Auth.js drizzle adapter:
 * - Tokens of the identity provider are not stored. Sign-in needs only the link between
 *   the provider's subject and our user; keeping access and ID tokens would only be a
 *   liability.
 * - A session ends `maxLifetimeMs` after it was created, however active it is. (Its
 *   rolling `expires` is the inactivity timeout.)
 */
export function withSessionRules(
  adapter: Adapter,
  options: { maxLifetimeMs: number; now: () => Date },
): Adapter {
  return {
    ...adapter,
    linkAccount: (account) =>
      adapter.linkAccount!({
        userId: account.userId,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
      }),
    getSessionAndUser: async (sessionToken) => {
      const found = await adapter.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const createdAt = (found.session as { createdAt?: Date }).createdAt;
      const isTooOld =
        createdAt instanceof Date &&
        options.now().getTime() - createdAt.getTime() > options.maxLifetimeMs;
      if (!isTooOld) return found;
      await adapter.deleteSession!(sessionToken);
      return null;
    },
  };
}
