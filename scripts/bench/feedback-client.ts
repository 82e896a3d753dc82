/**
 * One member sending the survey the way a browser without JavaScript does: GET the page, then POST
 * the form's fields (the hidden ones Next.js renders for the server action included) as multipart.
 * The thank-you page carries the reference number the answer was stored under.
 */
const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** The name and value of every <input> in the survey's <form> (hidden fields and the honeypot). */
export function formInputs(html: string): [string, string][] {
  // The survey's form is the one around its first question (the header has a search form too).
  const start = html.lastIndexOf('<form', html.indexOf('id="feedback-lookingFor-0"'));
  const form = start < 0 ? null : /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(start));
  if (!form?.[1]) throw new Error('The survey page has no form.');
  const inputs: [string, string][] = [];
  for (const tag of form[1].matchAll(/<input\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag[0])?.[1];
    const type = attribute('type');
    const name = attribute('name');
    if (!name || type === 'radio' || type === 'checkbox') continue;
    inputs.push([decode(name), decode(attribute('value') ?? '')]);
  }
  return inputs;
}

export function referenceIn(html: string): string | null {
  return /font-mono[^>]*>([2-9A-Z]{8})</.exec(html)?.[1] ?? null;
}

export type Submission = { body: FormData; url: string };

export async function prepareSubmission(origin: string, n: number): Promise<Submission> {
  const url = `${origin}/en/feedback?from=${encodeURIComponent(`/en/bench-${n}`)}`;
  const response = await fetch(url);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET /en/feedback answered ${response.status}`);
  const body = new FormData();
  for (const [name, value] of formInputs(html)) body.append(name, value);
  body.set('lookingFor', ['find-provider', 'benefits', 'pharmacy', 'dental'][n % 4] ?? 'other');
  body.set('found', ['yes', 'partly', 'no'][n % 3] ?? 'yes');
  body.set('ease', String((n % 5) + 1));
  body.set('comments', `Benchmark answer ${n}: the page about rides was hard to find.`);
  return { body, url };
}

export async function send(submission: Submission): Promise<{ status: number; reference: string | null; ms: number }> {
  const started = performance.now();
  // A browser sends its Origin with every form POST; Next.js checks it against the host for server actions.
  const response = await fetch(submission.url, {
    method: 'POST',
    body: submission.body,
    headers: { Accept: 'text/html', Origin: new URL(submission.url).origin },
  });
  const html = await response.text();
  return { status: response.status, reference: referenceIn(html), ms: performance.now() - started };
}
