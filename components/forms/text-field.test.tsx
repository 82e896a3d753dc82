import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sortedAttributes } from '@/tests/markup';
import { inputClass } from './field-styles';
import { TextField } from './text-field';

describe('TextField', () => {
  it('renders the listing report contact box exactly as the hand-wired form did, error included', () => {
    const kit = renderToStaticMarkup(
      <TextField
        id="report-contact"
        name="contact"
        label="How can we reach you?"
        hint="An email address or phone number."
        error="Enter an email address."
        defaultValue="call me"
        maxLength={400}
        autoComplete="email"
      />,
    );
    const handWired = renderToStaticMarkup(
      <div>
        <label htmlFor="report-contact" className="block text-lg font-bold">
          How can we reach you?
        </label>
        <p id="report-contact-hint" className="text-base text-muted">
          An email address or phone number.
        </p>
        <p id="report-contact-error" className="mt-1 font-bold text-red-800">
          Enter an email address.
        </p>
        <input
          id="report-contact"
          name="contact"
          type="text"
          autoComplete="email"
          maxLength={400}
          defaultValue="call me"
          aria-describedby="report-contact-hint report-contact-error"
          aria-invalid={true}
          className={inputClass}
        />
      </div>,
    );
    expect(sortedAttributes(kit)).toBe(sortedAttributes(handWired));
  });

  it('points the box at its hint only while there is no error, and is not marked invalid', () => {
    const html = renderToStaticMarkup(<TextField id="feedback-comments" name="comments" label="Comments" hint="Up to 1000 characters." rows={5} />);
    expect(html).toContain('<textarea id="feedback-comments" rows="5" name="comments" aria-describedby="feedback-comments-hint"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('feedback-comments-error');
  });

  it('describes a field without a hint by its error alone, and a quiet one by nothing', () => {
    const wrong = renderToStaticMarkup(
      <TextField id="staff-password" name="password" type="password" label="Password" error="Enter your password." required />,
    );
    expect(wrong).toContain('aria-describedby="staff-password-error"');
    expect(wrong).toContain('aria-invalid="true"');
    expect(wrong).toContain('type="password"');
    expect(renderToStaticMarkup(<TextField id="staff-email" name="email" label="Work e-mail" />)).not.toContain('aria-describedby');
  });

  it('narrows a short answer with the width class beside the shared look', () => {
    const html = renderToStaticMarkup(<TextField id="join-zip" name="zip" label="ZIP code" width="max-w-[10rem]" inputMode="numeric" />);
    expect(html).toContain(`class="${inputClass} max-w-[10rem]"`);
    expect(html).toContain('inputMode="numeric"');
  });
});
