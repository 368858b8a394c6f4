import type { Adapter, AdapterSession, AdapterUser } from '@auth/core/adapters';
import { describe, expect, it } from 'vitest';
import { withSessionRules } from './adapter';

const user: AdapterUser = { id: 'u1', email: 'a@example.org', emailVerified: null };

/** An adapter that records what reaches it: just enough of one for these two rules. */
function recordingAdapter(createdAt: Date) {
  const calls: { linked: unknown[]; deleted: string[] } = { linked: [], deleted: [] };
  const session = { sessionToken: 't', userId: 'u1', expires: new Date('2027-01-01'), createdAt };
  const adapter: Adapter = {
    linkAccount: async (account) => {
      calls.linked.push(account);
    },
    getSessionAndUser: async () => ({ session: session as AdapterSession, user }),
    deleteSession: async (token) => {
      calls.deleted.push(token);
    },
  };
  return { adapter, calls };
}

describe('withSessionRules', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it('stores the account link without any token of the identity provider', async () => {
    const { adapter, calls } = recordingAdapter(now);
    await withSessionRules(adapter, { maxLifetimeMs: 1000, now: () => now }).linkAccount!({
      userId: 'u1',
      type: 'oidc',
      provider: 'oidc',
      providerAccountId: 'sub-1',
      access_token: 'secret-access',
      id_token: 'secret-id',
      refresh_token: 'secret-refresh',
    });
    expect(calls.linked).toEqual([
      { userId: 'u1', type: 'oidc', provider: 'oidc', providerAccountId: 'sub-1' },
    ]);
  });

  it('ends a session after its maximum lifetime, however active', async () => {
    const hours = (n: number) => n * 3_600_000;
    const young = recordingAdapter(new Date(now.getTime() - hours(23)));
    const rules = { maxLifetimeMs: hours(24), now: () => now };
    expect(await withSessionRules(young.adapter, rules).getSessionAndUser!('t')).not.toBeNull();
    const old = recordingAdapter(new Date(now.getTime() - hours(25)));
    expect(await withSessionRules(old.adapter, rules).getSessionAndUser!('t')).toBeNull();
    expect(old.calls.deleted).toEqual(['t']);
  });
});
