import { z } from 'zod';
import { absenceFormSchema } from '@/lib/workspace/schemas';

const id = z.string().trim().min(1).max(80);

/** An absence the lead records for a member of their team: the workspace's absence form plus who. */
export const coverAbsenceFormSchema = absenceFormSchema.extend({ staffId: id });

export const reassignFormSchema = z.object({ substituteId: id });
