import { BookingNotFound } from '../../../_components/booking/booking-not-found';

export default function ConfirmationNotFound() {
  return <BookingNotFound />;
}
