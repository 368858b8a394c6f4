/** The browser side of the video API: one place that knows the routes and the auth header. */
export type SessionTarget = {
  bookingId: string;
  /** The manage token when the client came by link; signed-in people need none. */
  manageToken: string | null;
  role: 'client' | 'counsellor';
  /** The client's connection dropped before: offer the phone at once. */
  hadDropout: boolean;
};

export type JoinAnswer = {
  url: string;
  token: string;
  e2eeKey: string;
  role: 'client' | 'counsellor';
  isAdmitted: boolean;
  counsellorName: string;
  clientName: string;
  clientIdentity: string;
};

export type VideoStatus = {
  presence: 'never_joined' | 'waiting' | 'in_session' | 'left';
  isAdmitted: boolean;
  fallbackPhone: string | null;
  hasEnded: boolean;
};

type Problem = { detail?: string; title?: string; reason?: string };

export class VideoApiError extends Error {
  constructor(
    message: string,
    readonly reason: string | undefined,
  ) {
    super(message);
  }
}

async function call<T>(target: SessionTarget, path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (target.manageToken) headers.set('Authorization', `Bearer ${target.manageToken}`);
  if (init.body) headers.set('Content-Type', 'application/json');
  const response = await fetch(`/api/v1/video/${encodeURIComponent(target.bookingId)}/${path}`, {
    ...init,
    headers,
    cache: 'no-store',
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Problem;
    throw new VideoApiError(problem.detail ?? problem.title ?? response.statusText, problem.reason);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export const requestJoin = (target: SessionTarget) =>
  call<JoinAnswer>(target, 'token', { method: 'POST' });
export const admitClient = (target: SessionTarget) =>
  call<void>(target, 'admit', { method: 'POST' });
export const endSession = (target: SessionTarget) => call<void>(target, 'end', { method: 'POST' });
export const fetchStatus = (target: SessionTarget) => call<VideoStatus>(target, 'status');
export const switchToPhone = (target: SessionTarget, phone?: string) =>
  call<{ phone: string }>(target, 'fallback', {
    method: 'POST',
    body: JSON.stringify(phone ? { phone } : {}),
  });
