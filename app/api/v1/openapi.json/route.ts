import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getConfig } from '@/lib/env';

// The document depends only on the schemas and the configured origin: build it once.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  document ??= buildOpenApiDocument(getConfig().appUrl);
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
