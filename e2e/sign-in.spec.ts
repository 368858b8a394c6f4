import { expect, test, type Page } from '@playwright/test';
import auth from '../lib/i18n/messages/auth/de.json';
import de from '../lib/i18n/messages/de.json';
import { expectNoAxeViolations } from './support/axe';
import { bookViaApi, uniqueEmail } from './support/booking';
import { queryE2eDatabase } from './support/database';
import { testIdentities } from './support/identities';
import { e2eMailDirectory, waitForMail } from './support/mail-catcher';
import { saveScreenshot, viewports } from './support/screenshots';
import type { TestIdentity } from './support/identity-provider';

test.use({ viewport: viewports.phone });

const staffButton = auth.SignIn.staffButton.replace('{provider}', 'Dienstanmeldung (Test)');

/** Through the real identity provider: its login form, its consent page, back to us. */
async function signInThroughProvider(page: Page, identity: TestIdentity) {
  await page.goto('/de/anmelden');
  await page.getByRole('button', { name: staffButton }).click();
  await page.getByPlaceholder('Enter any login').fill(identity.login);
  await page.getByPlaceholder('and password').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

function staffNameOf(email: string) {
  return queryE2eDatabase<{ name: string }>(
    'select display_name as name from staff where email = ?',
    email,
  )[0]!.name;
}

test('a counsellor signs in through the OpenID provider and signs out again', async ({ page }) => {
  await signInThroughProvider(page, testIdentities.counsellor);
  await expect(page).toHaveURL(/\/de\/arbeitsbereich$/);
  const name = staffNameOf(testIdentities.counsellor.email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    auth.Workspace.title.replace('{name}', name),
  );
  await expect(page.getByText(auth.Account.roles.counsellor, { exact: true })).toBeVisible();
  const subject = queryE2eDatabase<{ subject: string | null }>(
    'select oidc_subject as subject from staff where email = ?',
    testIdentities.counsellor.email,
  );
  expect(subject).toEqual([{ subject: testIdentities.counsellor.login }]);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'sign-in-workspace');

  await page.getByRole('button', { name: auth.Account.signOut }).click();
  await expect(page).toHaveURL(/\/de$/);
  await page.goto('/de/arbeitsbereich');
  await expect(page).toHaveURL(/\/de\/anmelden\?callbackUrl=%2Fde%2Farbeitsbereich$/);
});

test('an identity nobody provisioned gets "no access", and no account', async ({ page }) => {
  await signInThroughProvider(page, testIdentities.stranger);
  await expect(page).toHaveURL(/\/de\/kein-zugang\?grund=unknown_identity$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.AccessDenied.title);
  await expect(page.getByText(auth.AccessDenied.reasons.unknown_identity)).toBeVisible();
  await expectNoAxeViolations(page);
  const users = queryE2eDatabase(
    'select id from auth_users where email = ?',
    'fremd@extern.example',
  );
  expect(users).toEqual([]);
  await page.goto('/de/arbeitsbereich');
  await expect(page).toHaveURL(/\/de\/anmelden/);
});

test('a staff sign-in without a second factor is refused when MFA is required', async ({
  page,
}) => {
  await signInThroughProvider(page, testIdentities.withoutMfa);
  await expect(page).toHaveURL(/\/de\/kein-zugang\?grund=second_factor_required$/);
  await expect(page.getByText(auth.AccessDenied.reasons.second_factor_required)).toBeVisible();
});

test('a client signs in with the emailed link, once, and sees their bookings', async ({ page }) => {
  const email = uniqueEmail('signin');
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-orientation',
    channel: 'phone',
    officeId: 'aa-bochum',
    email,
    phone: '0211 1234567',
  });
  await page.goto('/de/anmelden');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'sign-in-page');
  const requestedAt = Date.now();
  await page.getByLabel(auth.SignIn.emailLabel).fill(email.toUpperCase());
  await page.getByRole('button', { name: auth.SignIn.sendLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.CheckEmail.title);

  // The booking's confirmation goes to the same address: wait for the sign-in mail itself.
  const mail = await waitForMail({
    directory: e2eMailDirectory(),
    to: email,
    subjectIncludes: auth.SignInMail.subject,
    after: requestedAt,
  });
  expect(mail.subject).toBe(auth.SignInMail.subject);
  const link = /https?:\/\/\S+\/de\/anmelden\/bestaetigen\?\S+/.exec(mail.text ?? '')?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.ConfirmSignIn.title);
  await page.getByRole('link', { name: auth.ConfirmSignIn.button }).click();

  await expect(page).toHaveURL(/\/de\/meine-termine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.MyBookings.title);
  await expect(page.getByText(auth.MyBookings.intro.replace('{email}', email))).toBeVisible();
  const openLink = page.getByRole('link', { name: /^Termin am .+ ansehen$/ });
  await expect(openLink).toHaveCount(1);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'sign-in-my-bookings');

  // The signed-in client opens the appointment without the manage link's token.
  await openLink.click();
  await expect(page).toHaveURL(new RegExp(`/de/termin/${booking.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.Manage.titles.view);

  // The link is single-use.
  await page.context().clearCookies();
  await page.goto(link!);
  await page.getByRole('link', { name: auth.ConfirmSignIn.button }).click();
  await expect(page).toHaveURL(/\/de\/anmelden\/fehler\?error=Verification$/);
  await expect(page.getByText(auth.SignInFailed.Verification)).toBeVisible();
});

test('email-link requests are limited per address', async ({ page }) => {
  const email = uniqueEmail('limit');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.goto('/de/anmelden');
    await page.getByLabel(auth.SignIn.emailLabel).fill(email);
    await page.getByRole('button', { name: auth.SignIn.sendLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.CheckEmail.title);
  }
  await page.goto('/de/anmelden');
  await page.getByLabel(auth.SignIn.emailLabel).fill(email);
  await page.getByRole('button', { name: auth.SignIn.sendLink }).click();
  await expect(page.getByRole('alert', { name: auth.SignIn.errorTitle })).toContainText(
    de.ActionErrors.reasons.rate_limited.split('{')[0]!.trim(),
  );
  await expect(page).toHaveURL(/\/de\/anmelden$/);
});

test('a staff address gets no email link, and the answer does not say so', async ({ page }) => {
  const requestedAt = Date.now();
  await page.goto('/de/anmelden');
  await page.getByLabel(auth.SignIn.emailLabel).fill(testIdentities.teamLead.email);
  await page.getByRole('button', { name: auth.SignIn.sendLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.CheckEmail.title);
  await expect(
    waitForMail({
      directory: e2eMailDirectory(),
      to: testIdentities.teamLead.email,
      subjectIncludes: auth.SignInMail.subject,
      after: requestedAt,
      timeoutMs: 1500,
    }),
  ).rejects.toThrow(/No mail/);
});

test('demo sign-in as each role, clearly labelled', async ({ page }) => {
  await page.goto('/de/anmelden/demo');
  await expect(page.getByText(auth.DemoSignIn.badge)).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'sign-in-demo');
  await page.getByRole('button', { name: auth.DemoSignIn.roles.team_lead }).click();
  await expect(page).toHaveURL(/\/de\/arbeitsbereich$/);
  await expect(page.getByText(auth.Account.roles.team_lead, { exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: auth.Workspace.teamTitle }),
  ).toBeVisible();
  const [cookie] = (await page.context().cookies()).filter(
    (c) => c.name === 'authjs.session-token',
  );
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  await page.getByRole('button', { name: auth.Account.signOut }).click();
  await expect(page).toHaveURL(/\/de$/);
  // Signing out ends the session in the database: the old cookie is worthless.
  const sessions = queryE2eDatabase(
    'select 1 from auth_sessions where session_token = ?',
    cookie!.value,
  );
  expect(sessions).toEqual([]);
});
