'use client';

import { useChat } from '@livekit/components-react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import styles from './video.module.css';

/** Chat over the (end-to-end encrypted) data channel; kept in memory only. */
export function ChatPanel() {
  const t = useTranslations('VideoRoom');
  const { chatMessages, send, isSending } = useChat();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    await send(text);
    setDraft('');
  };
  return (
    <section className={styles.chat} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('chatTitle')}</h2>
      {chatMessages.length === 0 ? (
        <p className={styles.muted}>{t('chatEmpty')}</p>
      ) : (
        <ol className={styles.messages} aria-live="polite">
          {chatMessages.map((message) => (
            <li key={message.id ?? message.timestamp}>
              <strong>{message.from?.isLocal ? t('you') : (message.from?.name ?? '')}:</strong>{' '}
              {message.message}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} className={styles.chatForm}>
        <label htmlFor={inputId}>{t('chatLabel')}</label>
        <input
          id={inputId}
          value={draft}
          maxLength={1000}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button button-secondary" aria-disabled={isSending}>
          {t('chatSend')}
        </button>
      </form>
    </section>
  );
}
