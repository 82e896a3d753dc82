import { formatOregonTime } from '@/lib/oregon-time';
import type { LatestComment } from '@/lib/feedback/dashboard';

const foundInWords = { yes: 'Found it', partly: 'Partly', no: 'Did not find it' } as const;

/** The newest comments, with what each member was doing; members' words are shown as text, never as HTML. */
export function LatestComments({ comments, describeLookingFor }: { comments: LatestComment[]; describeLookingFor: (key: string) => string }) {
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="text-2xl font-bold">
        Latest comments
      </h2>
      {comments.length === 0 ? (
        <p className="mt-3 text-lg">No comments in this range.</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {comments.map((comment) => (
            <li key={comment.reference} className="rounded-md border-2 border-gray-300 p-4">
              <p className="text-muted">
                {formatOregonTime(comment.createdAt, 'dateTime')} · {comment.locale === 'es' ? 'Spanish' : 'English'} · {comment.pagePath ?? '(page not known)'}{' '}
                · reference {comment.reference}
              </p>
              <p className="mt-1">
                Looking for: {describeLookingFor(comment.lookingFor)} · {foundInWords[comment.found]} · ease {comment.ease} of 5
              </p>
              <blockquote className="mt-2 border-l-4 border-brand-600 pl-3 text-lg whitespace-pre-line" lang={comment.locale}>
                {comment.comments}
              </blockquote>
              {comment.contact ? <p className="mt-2">Contact: {comment.contact}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
