import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A stored E.164 number as people write it, never broken across lines: "+49 211 1234567". */
export function displayPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const formatted = parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
  return formatted.replaceAll(' ', '\u00a0');
}
