import { getTranslations } from '@/i18n/translations';
import type { Locale } from '@/i18n/routing';
import { isShowing, upcomingAlerts } from '@/lib/content/alerts';
import { OREGON_TIME_ZONE, oregonDate } from '@/lib/oregon-time';
import { localizeHref } from '../mdx/content-link';
import { AlertDismissButton } from './alert-dismiss-button';
import { DISMISSED_ALERTS_STORAGE_KEY } from './storage-keys';

const styles = {
  info: 'border-brand-600 bg-brand-50 text-brand-900',
  warning: 'border-amber-600 bg-amber-50 text-ink',
} as const;

/**
 * Pages are cached, so each alert carries its dates and this script hides, before paint, alerts
 * that are dismissed, not yet started or already over, by the member's clock in the plan's time zone.
 */
const gateScript = `(function(){try{var t=new Intl.DateTimeFormat('en-CA',{timeZone:'${OREGON_TIME_ZONE}'}).format(new Date());var d=[];try{d=JSON.parse(localStorage.getItem('${DISMISSED_ALERTS_STORAGE_KEY}')||'[]')}catch(e){}document.querySelectorAll('[data-alert-id]').forEach(function(a){var s=a.getAttribute('data-start'),e=a.getAttribute('data-end');a.hidden=d.indexOf(a.getAttribute('data-alert-id'))>=0||t<s||t>e;});}catch(e){}})();`;

export async function AlertBanner({ locale }: { locale: Locale }) {
  const today = oregonDate();
  const alerts = upcomingAlerts(locale, today);
  if (alerts.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Alerts' });

  return (
    <div data-alert-region aria-label={t('regionLabel')} role="region">
      {alerts.map((alert) => (
        <div
          key={alert.id}
          data-alert-id={alert.id}
          data-start={alert.start}
          data-end={alert.end}
          hidden={!isShowing(alert, today)}
          suppressHydrationWarning
          className={`border-b-4 ${styles[alert.kind]}`}
        >
          <div className="mx-auto flex max-w-6xl items-start gap-3 px-4 py-3">
            <div className="grow">
              <p className="text-lg">
                <strong className="mr-2 font-bold">{t(alert.kind)}:</strong>
                {alert.link ? (
                  <a href={localizeHref(alert.link, locale)} className="font-semibold text-inherit">
                    {alert.title}
                  </a>
                ) : (
                  <span className="font-semibold">{alert.title}</span>
                )}
              </p>
              {alert.body ? <p className="mt-1 text-base">{alert.body}</p> : null}
            </div>
            <AlertDismissButton alertId={alert.id} label={t('dismiss', { title: alert.title })} />
          </div>
        </div>
      ))}
      <script dangerouslySetInnerHTML={{ __html: gateScript }} />
    </div>
  );
}
