/** What an action on an appointment reports back (`?erledigt=`), each with its notice. */
export const appointmentDoneKinds = [
  'held',
  'no_show',
  'not_reached',
  'unchanged',
  'call',
  'cancelled',
  'note',
  'followUp',
  'referred',
] as const;
