import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sortedAttributes } from '@/tests/markup';
import { ErrorSummary } from './error-summary';
import { GuardFields } from './guard-fields';

describe('GuardFields', () => {
  it('sends the signed token and a trap field that people, screen readers and the Tab key never reach', () => {
    const html = sortedAttributes(renderToStaticMarkup(<GuardFields idPrefix="report" token="1764072000000.key.signature" honeypotLabel="Leave this empty" />));
    expect(html).toContain('<input name="formToken" type="hidden" value="1764072000000.key.signature"/>');
    expect(html).toContain('<div aria-hidden="true" class="absolute -left-[10000px] h-px w-px overflow-hidden">');
    expect(html).toContain('<label for="report-website">Leave this empty</label>');
    expect(html).toContain('<input autoComplete="off" id="report-website" name="website" tabindex="-1" type="text" value=""/>');
  });
});

describe('ErrorSummary', () => {
  it('links only the fields that have a message, in the order given', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        id="report-error-title"
        title="There is a problem with your report"
        fieldErrors={[
          { id: 'report-problem-0', text: 'Choose what is wrong.' },
          { id: 'report-details', text: undefined },
          { id: 'report-contact', text: 'Enter an email address.' },
        ]}
      />,
    );
    expect(html).toContain('role="alert" aria-labelledby="report-error-title"');
    expect(html.match(/<a href="[^"]*">[^<]*<\/a>/g)).toEqual([
      '<a href="#report-problem-0">Choose what is wrong.</a>',
      '<a href="#report-contact">Enter an email address.</a>',
    ]);
  });

  it('shows a form-wide problem without a list, and nothing at all when there is nothing to fix', () => {
    const problem = renderToStaticMarkup(
      <ErrorSummary
        id="sign-in-problem"
        title="You are not signed in"
        problem="Try again in a minute."
        fieldErrors={[{ id: 'staff-email', text: undefined }]}
      />,
    );
    expect(problem).toContain('<p class="mt-2">Try again in a minute.</p>');
    expect(problem).not.toContain('<ul');
    expect(renderToStaticMarkup(<ErrorSummary id="x" title="Problem" fieldErrors={[{ id: 'a', text: undefined }]} />)).toBe('');
  });
});
