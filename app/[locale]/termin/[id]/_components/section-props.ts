import type { BookingView } from '@/lib/booking/view';
import type { Locale } from '@/lib/i18n/locales';

/** What every change view of the manage page gets. */
export type SectionProps = {
  id: string;
  token: string;
  locale: Locale;
  view: BookingView;
  /** The day picked in the reschedule view. */
  date?: string;
};
