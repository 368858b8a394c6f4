import { z } from 'zod';
import { listOffices } from '@/db/queries/catalogue';
import { channels, providerIds } from '@/db/schema/enums';
import { nearestPerProvider, toPublicOffice } from '@/lib/booking/offices';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';

const querySchema = z.object({
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Use a five-digit German postcode.')
    .optional(),
  provider: z.enum(providerIds).optional(),
  channel: z.enum(channels).optional(),
});

export const GET = apiHandler((request) => {
  const q = parseQuery(request, querySchema);
  const found = listOffices(getDatabase(), {
    postcode: q.postcode,
    providerId: q.provider,
    channel: q.channel,
  });
  const offices = q.postcode ? nearestPerProvider(found) : found;
  return Response.json({ offices: offices.map(toPublicOffice) });
});
