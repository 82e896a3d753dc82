/**
 * npm run content:review — for the plan's compliance review: every page in every language with its
 * last review date, its sources (title, address, date read), its English reading grade and what
 * staff must still confirm, then the totals. `--json` prints the same as JSON for other tools.
 * Exits with 0 whatever it finds: content:check is the gate, this is the report.
 */
import { oregonDate } from '@/lib/oregon-time';
import { reviewContent } from '@/lib/content/review';
import { formatContentReview } from '@/lib/content/review-format';

const review = reviewContent(oregonDate());
process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(review, null, 2)}\n` : formatContentReview(review));
