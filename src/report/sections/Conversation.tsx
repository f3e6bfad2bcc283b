import type { ReportContent } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatPercent, joinList } from '../format';

export function Conversation({ data }: { data: ReportContent }) {
  const share = data.work?.timeShare ?? null;
  const learnable = data.work ? [...data.work.kansen] : [];
  const chosen = data.direction?.chosen ?? [];
  return (
    <>
      <p class="section-intro">{t.gesprekIntro}</p>
      <ol class="guide guide__lists">
        <li>
          <h3>{t.questionChange}</h3>
          {share && <p>{t.hintChange(formatPercent(share.krimpt), formatPercent(share.groeit))}</p>}
        </li>
        <li>
          <h3>{t.questionAsks}</h3>
          <p>{learnable.length > 0 ? t.hintAsks(joinList(learnable)) : t.hintAsksGeneral}</p>
        </li>
        <li>
          <h3>{t.questionTwoYears}</h3>
          <p>{t.hintTwoYears}</p>
        </li>
        <li>
          <h3>{t.questionOrganisation}</h3>
          <p>{t.hintOrganisation}</p>
        </li>
        <li class="keep-together">
          <h3>{t.questionDirection}</h3>
          <ul>
            <li>{t.directionPromotie}</li>
            <li>{t.directionVerrijking}</li>
            <li>{t.directionVerbreding}</li>
            <li>{t.directionHerorientatie}</li>
          </ul>
          {chosen.length > 0 && (
            <p class="guide__answer" data-testid="richting">
              {t.directionChosen(joinList(chosen))}
            </p>
          )}
        </li>
        <li class="keep-together">
          <h3>{t.questionNeeds}</h3>
          <ul>
            <li>{t.needRichting}</li>
            <li>{t.needRuimte}</li>
            <li>{t.needRuggensteun}</li>
          </ul>
        </li>
      </ol>
      {data.ownWords.length > 0 && (
        <section class="own-words keep-together" aria-labelledby="gesprek-eigen-woorden">
          <h3 id="gesprek-eigen-woorden">{t.ownWordsTitle}</h3>
          {data.ownWords.map((w) => (
            <blockquote key={w.question}>
              <p class="muted">{w.question}</p>
              <p class="own-words__answer">{w.answer}</p>
            </blockquote>
          ))}
        </section>
      )}
    </>
  );
}
