/**
 * The look of every form field on the site, written once: the member forms, staff sign-in and the
 * provider search share it, so a change of border or size reaches them all.
 */
export const inputClass = 'mt-1 block w-full rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';
export const labelClass = 'block text-lg font-bold';
/** A radio button or checkbox, large enough to tap on a phone. */
export const choiceInputClass = 'mt-1 size-6 shrink-0 accent-brand-700';
