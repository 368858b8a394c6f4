import { demoSignIns } from '../../lib/demo/generate-staff';
import type { TestIdentity } from './identity-provider';

/**
 * Who the e2e identity provider knows. A spec signs in by typing `login` (any password)
 * into the provider's form. Display names in the app come from the seeded staff rows,
 * not from these.
 */
export const testIdentities = {
  /** The seeded demo counsellor, with a second factor. */
  counsellor: {
    login: 'beraterin',
    email: demoSignIns.counsellor,
    name: 'Demo Beraterin',
    amr: ['pwd', 'otp'],
  },
  /** The seeded demo team lead, with a second factor. */
  teamLead: {
    login: 'teamleitung',
    email: demoSignIns.teamLead,
    name: 'Demo Teamleitung',
    amr: ['pwd', 'otp'],
  },
  /** A provisioned, active staff address (the demo admin) signed in with a password only. */
  withoutMfa: {
    login: 'ohne-mfa',
    email: demoSignIns.admin,
    name: 'Demo Admin ohne zweiten Faktor',
    amr: ['pwd'],
  },
  /** Authenticated by the provider, but not provisioned in the app. */
  stranger: {
    login: 'fremd',
    email: 'fremd@extern.example',
    name: 'Fremde Person',
    amr: ['pwd', 'otp'],
  },
} satisfies Record<string, TestIdentity>;
