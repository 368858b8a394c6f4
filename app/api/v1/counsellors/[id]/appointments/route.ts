import { loadCounsellorResource } from '@/lib/auth/access';
import { authorize } from '@/lib/auth/session';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';
import { appointmentsQuerySchema, listCounsellorAppointments } from '@/lib/workspace/appointments';

/** A counsellor's calendar: the counsellor and their team leads only (staff session). */
export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/counsellors/[id]/appointments'>) => {
    const { id } = await params;
    const db = getDatabase();
    // Authorise before looking at the query, so strangers learn nothing from validation.
    await authorize('calendar.read', loadCounsellorResource(db, id));
    const query = parseQuery(request, appointmentsQuerySchema);
    const appointments = listCounsellorAppointments(db, id, query, new Date());
    return Response.json({ appointments }, { headers: { 'Cache-Control': 'no-store, private' } });
  },
);
