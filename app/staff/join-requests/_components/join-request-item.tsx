import { formatOregonTime } from '@/lib/oregon-time';
import { telHref } from '@/lib/phone-numbers';
import type { JoinRequestRow } from '@/lib/join-requests/store';
import { joinRequestStatuses } from '@/lib/join-requests/store';

export const statusInWords = { new: 'New', contacted: 'Contacted', closed: 'Closed' } as const;

/** Only the last four digits: a TIN can be a Social Security number. The CSV has it whole. */
const maskedTin = (tin: string) => `${tin.slice(0, -4).replace(/\d/g, '•')}${tin.slice(-4)}`;

type JoinRequestItemProps = { request: JoinRequestRow; specialty: string; updateStatus: (form: FormData) => Promise<void> };

export function JoinRequestItem({ request, specialty, updateStatus }: JoinRequestItemProps) {
  const statusId = `status-${request.id}`;
  return (
    <li className="rounded-md border-2 border-gray-300 p-4">
      <p className="font-semibold">
        {statusInWords[request.status]} · received {formatOregonTime(request.createdAt, 'dateTime')} · reference {request.reference}
        {request.locale === 'es' ? ' · sent in Spanish' : ''}
      </p>
      <h2 className="mt-1 text-xl font-bold">{request.name}</h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Specialty</dt>
        <dd>
          {specialty} ({request.specialtyCode})
        </dd>
        <dt className="font-semibold">Phone</dt>
        <dd>
          <a href={telHref(request.phone)}>{request.phone}</a>
          {request.fax ? ` · fax ${request.fax}` : ''}
        </dd>
        <dt className="font-semibold">E-mail</dt>
        <dd className="break-all">
          <a href={`mailto:${request.email}`}>{request.email}</a>
        </dd>
        <dt className="font-semibold">Address</dt>
        <dd>
          {request.street}, {request.city}, {request.state} {request.zip}
        </dd>
        <dt className="font-semibold">NPI</dt>
        <dd>
          <a href={`https://npiregistry.cms.hhs.gov/provider-view/${request.npi}`} rel="noreferrer" target="_blank">
            {request.npi}
            <span className="sr-only"> in the NPI Registry (opens a new tab)</span>
          </a>
        </dd>
        <dt className="font-semibold">Tax ID</dt>
        <dd>{maskedTin(request.tin)}</dd>
        <dt className="font-semibold">Oregon Medicaid ID</dt>
        <dd>{request.medicaidId ?? 'None given'}</dd>
      </dl>
      <form action={updateStatus} className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="requestId" value={request.id} />
        <div>
          <label htmlFor={statusId} className="block font-semibold">
            Status<span className="sr-only"> of {request.name}</span>
          </label>
          <select id={statusId} name="status" defaultValue={request.status} className="mt-1 rounded-md border-2 border-gray-700 bg-white px-3 py-1">
            {joinRequestStatuses.map((status) => (
              <option key={status} value={status}>
                {statusInWords[status]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border-2 border-brand-700 px-4 py-1 font-semibold text-brand-800 hover:bg-brand-50">
          Save status<span className="sr-only"> of {request.name}</span>
        </button>
      </form>
    </li>
  );
}
