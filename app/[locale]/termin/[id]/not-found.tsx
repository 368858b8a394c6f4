import { BookingNotFound } from '../../_components/booking/booking-not-found';

export default function ManageNotFound() {
  return <BookingNotFound />;
}
