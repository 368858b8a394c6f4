import { z } from 'zod';

/**
 * Where to go after signing in: only a path on this site (no `//host`, no scheme), so a
 * sign-in link cannot be turned into a redirect to somewhere else.
 */
export const callbackPathSchema = z
  .string()
  .trim()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .optional()
  .catch(undefined);

export const emailLinkFormSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  callbackUrl: callbackPathSchema,
});

export const staffSignInFormSchema = z.object({ callbackUrl: callbackPathSchema });

export const demoRoles = ['counsellor', 'team_lead', 'admin'] as const;
export type DemoRole = (typeof demoRoles)[number];

export const demoSignInFormSchema = z.object({ role: z.enum(demoRoles) });
