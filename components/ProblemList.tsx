import { type Lang, t } from '../lib/i18n';

/** Stored settings that were invalid and were reset (from parseSettings): said plainly, never a crash. */
export function ProblemList({ lang, problems }: { lang: Lang; problems: readonly string[] }) {
  if (!problems.length) return null;
  return (
    <div class="k-notice" role="alert">
      <p>{t(lang, 'settingsProblems')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <bdi dir="ltr">
              <code>{p}</code>
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
