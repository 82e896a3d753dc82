import { callValues } from '@/components/mdx/phone-link';
import type { Translator } from '@/i18n/translator';
import type { Plan } from '@/lib/content/schemas';
import type { DrugEntry, DrugResult } from '@/lib/formulary/types';
import { anyCovered, productRules } from './product-rules';

type Props = { t: Translator<'DrugList'>; plan: Plan; result: DrugResult; query: string };

/** How the member's words led here, when it was not the generic name itself: "Glucophage is a brand name…". */
function MatchNote({ t, result, query }: Omit<Props, 'plan'>) {
  if (result.matchKind === 'generic') return null;
  const values = { name: result.matchedName, generic: result.genericName, query };
  return <p className="mt-1 text-lg">{t(`matched.${result.matchKind}`, values)}</p>;
}

/** One strength and form: covered or not, who pays, and what must happen before the pharmacy can fill it. */
function Product({ t, plan, product }: { t: Translator<'DrugList'>; plan: Plan; product: DrugEntry }) {
  const rules = productRules(product);
  return (
    <li className="border-t-2 border-gray-200 pt-3">
      <p className="font-bold">{product.productName}</p>
      <p className="mt-1">
        <span
          className={`mr-2 inline-block rounded px-2 py-0.5 font-bold ${product.covered ? 'bg-green-100 text-green-900' : 'bg-red-100 text-red-900'}`}
          data-testid="coverage"
        >
          {product.covered ? t('covered') : t('notCovered')}
        </span>
        {product.covered ? t(`payer.${product.payer}`, { planName: plan.name }) : t('notCoveredDetail')}
      </p>
      {product.covered ? (
        rules.length > 0 ? (
          <>
            <p className="mt-2 font-semibold">{t('rulesHeading')}</p>
            <ul className="mt-1 list-disc pl-6">
              {rules.map((rule) => (
                <li key={rule}>
                  {rule === 'quantityLimit'
                    ? product.quantityLimit
                      ? t('rules.quantityLimit', { limit: product.quantityLimit })
                      : t('rules.quantityLimitAsk')
                    : t(`rules.${rule}`)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2">{t('noRules')}</p>
        )
      ) : null}
      {product.genericAvailable && product.covered ? <p className="mt-1">{t('genericAvailable')}</p> : null}
    </li>
  );
}

/** One drug with all its products, headed by its generic name, ending with who to call. */
export function DrugResultCard({ t, plan, result, query }: Props) {
  const covered = anyCovered(result.products);
  return (
    <article
      className="rounded-lg border-2 border-gray-300 bg-white p-4 text-lg"
      aria-labelledby={`drug-${result.products[0]?.rxnormCode ?? result.genericName}`}
    >
      <h3 id={`drug-${result.products[0]?.rxnormCode ?? result.genericName}`} className="text-2xl font-bold text-brand-900">
        {result.genericName}
        <span className="sr-only">: {covered ? t('covered') : t('notCovered')}</span>
      </h3>
      <MatchNote t={t} result={result} query={query} />
      <h4 className="mt-3 text-lg font-bold">{t('productsHeading')}</h4>
      <ul className="mt-2 grid gap-3">
        {result.products.map((product) => (
          <Product key={product.rxnormCode} t={t} plan={plan} product={product} />
        ))}
      </ul>
      <p className="mt-3 border-t-2 border-gray-200 pt-3">{t.rich('call', callValues(plan))}</p>
    </article>
  );
}
