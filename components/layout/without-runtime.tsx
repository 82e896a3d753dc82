import { WITHOUT_RUNTIME_MARKER } from '@/lib/http/lean-page';

/**
 * Marks a page that works without the framework's runtime: its controls are server-rendered and made to
 * work by public/enhance.js, so the production server sends it without Next.js's scripts
 * (lib/http/lean-page.ts, docs/decisions/0008). A page with a client component that needs React in the
 * browser (a form with live validation, "use my location") must not carry it.
 */
export function WithoutRuntime() {
  return <meta name={WITHOUT_RUNTIME_MARKER.name} content={WITHOUT_RUNTIME_MARKER.content} />;
}
