/**
 * npm run content:check — checks everything in content/ (and messages/) against
 * docs/content-guide.md. Prints each problem as file:line: field: what to do, then the
 * reading grade of each English page. Exits with 1 when there is any problem.
 */
import { checkContent, MAX_READING_GRADE } from '@/lib/content/check';
import { formatIssue } from '@/lib/content/issues';

const { issues, grades } = await checkContent();

for (const issue of issues) console.log(formatIssue(issue));
if (issues.length > 0) console.log('');

if (grades.length > 0) {
  const width = Math.max('file'.length, ...grades.map((entry) => entry.file.length));
  console.log(`${'file'.padEnd(width)}  grade  reading level`);
  for (const { file, grade } of grades) {
    const verdict = grade > MAX_READING_GRADE ? `above grade ${MAX_READING_GRADE}` : 'ok';
    console.log(`${file.padEnd(width)}  ${grade.toFixed(1).padStart(5)}  ${verdict}`);
  }
  console.log('');
}

const hard = grades.filter((entry) => entry.grade > MAX_READING_GRADE).length;
const warning =
  hard > 0 ? ` Warning: ${hard} English page${hard === 1 ? ' reads' : 's read'} above grade ${MAX_READING_GRADE}; use shorter sentences and words.` : '';
const files = new Set(issues.map((issue) => issue.file)).size;
console.log(
  issues.length > 0
    ? `content:check found ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.${warning}`
    : `content:check: all content is OK (${grades.length} English page${grades.length === 1 ? '' : 's'} graded).${warning}`,
);
process.exitCode = issues.length > 0 ? 1 : 0;
