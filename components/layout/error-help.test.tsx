import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorHelp } from '@/lib/content/error-help';
import { loadPlan } from '@/lib/content/plan';

let ErrorHelpPanel: typeof import('./error-help').ErrorHelpPanel;

beforeAll(async () => {
  // next.config.ts bakes this in at build time; the module reads it when it loads.
  process.env.ERROR_HELP = JSON.stringify(errorHelp());
  ({ ErrorHelpPanel } = await import('./error-help'));
});

describe('the error page', () => {
  it("speaks the member's language and gives the plan's numbers as tap-to-call links", () => {
    const plan = loadPlan();
    const phone = plan.phones.customerService?.number ?? '';
    const spanish = renderToStaticMarkup(<ErrorHelpPanel locale="es" onRetry={() => {}} />);
    expect(spanish).toContain('lang="es"');
    expect(spanish).toContain('Tuvimos un problema');
    expect(spanish).toMatch(new RegExp(`href="tel:\\+1${phone.replace(/\D/g, '')}"[^>]*>${phone}</a>`));
    expect(spanish).toContain('href="tel:711"');
    expect(spanish).toContain('Intentar de nuevo');
    expect(spanish).not.toMatch(/\{number\}|\{tty\}/);
    const english = renderToStaticMarkup(<ErrorHelpPanel locale="en" onRetry={() => {}} />);
    expect(english).toContain('Something went wrong on our side');
    expect(english).toContain('href="/en"');
  });
});
