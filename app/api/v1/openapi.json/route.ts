import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getConfig } from '@/lib/env';

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().appUrl));
}
