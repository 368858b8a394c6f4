import { z } from 'zod';
import { listActiveServices } from '@/db/queries/catalogue';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';

const querySchema = z.object({ locale: z.enum(['de', 'en']).default('de') });

export const GET = apiHandler((request) => {
  const { locale } = parseQuery(request, querySchema);
  const services = listActiveServices(getDatabase(), locale).map((s) => ({
    id: s.id,
    provider: s.providerId,
    name: s.name,
    description: s.description,
    durations: Object.fromEntries(s.durations.map((d) => [d.channel, d.minutes])),
  }));
  return Response.json({ services });
});
