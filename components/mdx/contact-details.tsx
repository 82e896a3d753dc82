/** Provider contact details from content/plan.yaml, rendered for MDX (<Email />, <Fax />, <ClaimsAddress />). */

/** A link that opens an e-mail; long addresses may wrap so the page still fits a 320 px screen. */
export function EmailLink({ address }: { address: string }) {
  return (
    <a href={`mailto:${address}`} className="font-semibold [overflow-wrap:anywhere]">
      {address}
    </a>
  );
}

/** A fax number is read, not tapped: plain text that never wraps mid-number. */
export function FaxNumber({ number }: { number: string }) {
  return (
    <span dir="ltr" className="whitespace-nowrap font-semibold">
      {number}
    </span>
  );
}

/** The claims payer ID, kept in one piece so it is easy to copy. */
export function PayerId({ id }: { id: string }) {
  return (
    <strong dir="ltr" className="whitespace-nowrap">
      {id}
    </strong>
  );
}

/** A postal address, one line per entry. */
export function PostalAddress({ lines }: { lines: string[] }) {
  return (
    <address className="not-italic">
      {lines.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
