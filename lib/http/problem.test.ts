import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { toProblem } from './problem';

describe('toProblem', () => {
  it('maps an AppError to its status, reason, field errors and extras', () => {
    const problem = toProblem(
      new AppError('CONFLICT', 'Taken.', {
        reason: 'slot_taken',
        extra: { alternatives: [1] },
        fieldErrors: { start: ['gone'] },
      }),
    );
    expect(problem).toMatchObject({
      status: 409,
      reason: 'slot_taken',
      detail: 'Taken.',
      type: 'https://beratungsportal.example/problems/slot_taken',
      alternatives: [1],
      errors: [{ field: 'start', message: 'gone' }],
    });
  });

  it('names the invalid field of a zod error', () => {
    const result = z
      .object({ client: z.object({ email: z.email() }) })
      .safeParse({ client: { email: 'x' } });
    const problem = toProblem(result.error);
    expect(problem.status).toBe(422);
    expect(problem.errors?.[0]?.field).toBe('client.email');
  });

  it('hides the message of unknown errors', () => {
    const problem = toProblem(new Error('SQLITE_BUSY at /secret/db'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('secret');
  });
});
