import { z } from 'zod';
import { phoneSchema } from '@/lib/booking/schemas';

export const phoneFallbackSchema = z.object({ phone: phoneSchema.optional() });
