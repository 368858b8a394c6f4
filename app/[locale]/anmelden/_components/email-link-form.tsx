import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../_components/forms/action-form';
import { TextField } from '../../_components/forms/form-fields';
import { SubmitButton } from '../../_components/forms/submit-button';
import { requestEmailLinkAction } from '../actions';

export async function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = await getTranslations('SignIn');
  return (
    <ActionForm
      action={requestEmailLinkAction}
      hidden={{ callbackUrl }}
      errorTitle={t('errorTitle')}
      fieldOrder={['email']}
    >
      <TextField
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        label={t('emailLabel')}
        hint={t('emailHint')}
        isRequired
      />
      <SubmitButton pendingLabel={t('sending')}>{t('sendLink')}</SubmitButton>
    </ActionForm>
  );
}
