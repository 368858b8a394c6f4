import { NotFoundContent } from './_components/not-found-content';

// Shown when a page below a locale calls notFound(). Unmatched URLs are served by
// app/global-not-found.tsx instead.
export default function NotFound() {
  return <NotFoundContent />;
}
