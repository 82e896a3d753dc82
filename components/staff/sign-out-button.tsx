/** A form, not a link: signing out changes state, so it is a POST that works without JavaScript. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded-md border-2 border-white px-3 py-1 font-semibold hover:bg-white hover:text-brand-900">
        Sign out
      </button>
    </form>
  );
}
