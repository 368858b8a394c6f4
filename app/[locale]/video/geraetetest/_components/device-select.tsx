'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import styles from './device-check.module.css';

type Props = {
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (deviceId: string) => void;
};

/** A labelled choice of one kind of device; unnamed devices get a number. */
export function DeviceSelect({ label, devices, value, onChange }: Props) {
  const t = useTranslations('DeviceCheck');
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {devices.map((device, index) => (
          <option key={device.deviceId || index} value={device.deviceId}>
            {device.label || t('deviceFallback', { number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}
