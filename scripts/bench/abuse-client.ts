/** The requests bench:abuse sends: raw bytes for what fetch would refuse or tidy, and the staff sign-in as a browser without JavaScript sends it. */
import net from 'node:net';

export type RawAnswer = { status: number; headers: Record<string, string> };

/** Sends `request` exactly as written and reads the status and headers (status 0: the connection closed without an answer). */
export function raw(origin: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let received = '';
    const finish = (answer: RawAnswer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (data) => {
      received += data.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      finish({ status: Number(statusLine.split(' ')[1]), headers });
    });
    socket.on('error', () => finish({ status: 0, headers: {} }));
    socket.on('end', () => finish({ status: 0, headers: {} }));
    socket.setTimeout(30_000, () => finish({ status: 0, headers: {} }));
  });
}

const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

export type SignInOutcome = 'signed-in' | 'refused' | 'rate-limited' | 'account-waiting' | 'busy' | 'unavailable' | `status ${number}`;

/** Loads the sign-in page, then posts its form with the server action's hidden fields, as a browser without JavaScript does. */
export async function signIn(origin: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInOutcome> {
  const page = await (await fetch(`${origin}/staff/sign-in`)).text();
  const form = new FormData();
  for (const match of page.matchAll(/<input[^>]*\bname="(\$ACTION[^"]*)"[^>]*>/g)) {
    const value = /\bvalue="([^"]*)"/.exec(match[0])?.[1] ?? '';
    form.set(decode(match[1] ?? ''), decode(value));
  }
  form.set('email', email);
  form.set('password', password);
  const response = await fetch(`${origin}/staff/sign-in`, { method: 'POST', body: form, redirect: 'manual', headers: { origin, ...headers } });
  const text = await response.text();
  if (response.status === 303 || response.status === 307) return 'signed-in';
  if (text.includes('do not match an account')) return 'refused';
  if (text.includes('Too many sign-in attempts')) return 'rate-limited';
  if (text.includes('asks for a short wait')) return 'account-waiting';
  if (text.includes('Many people are signing in')) return 'busy';
  if (text.includes('could not sign you in')) return 'unavailable';
  return `status ${response.status}`;
}
