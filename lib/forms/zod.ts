/**
 * zod for schemas that also run in the browser (the forms' client-side checks). Jitless: zod 4 would
 * otherwise probe `new Function("")` to decide whether to compile its parsers, which the site's
 * Content-Security-Policy (no 'unsafe-eval') blocks and the browser reports as a violation on every
 * form page. The parsers work the same; they are interpreted instead of compiled.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
