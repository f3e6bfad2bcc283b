import type { ConversationBlock, ReportContent } from '../../domain/report';
import { report as t } from '../../text/report';
import { formatPercent, listTaskName } from '../format';

/** R18: a scale that is a question, never a number: the count in the answer's own words, the question, the statements. */
function Block({ block }: { block: ConversationBlock }) {
  const headingId = `gesprek-${block.id}`;
  return (
    <section class="conversation-block keep-together" aria-labelledby={headingId}>
      <h4 id={headingId}>{block.title}</h4>
      <p>
        {block.disagree > 0 ? t.countDisagree(block.disagree, block.answered) : t.countAgree(block.answered)}{' '}
        {block.question}
      </p>
      <table class="data-table data-table--compact">
        <caption class="visually-hidden">{block.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colStatement}</th>
            <th scope="col">{t.colYourAnswer}</th>
          </tr>
        </thead>
        <tbody>
          {block.statements.map((s) => (
            <tr key={s.text}>
              <th scope="row">{s.text}</th>
              <td>{s.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {block.group === 'steun' && <p>{t.supportNote}</p>}
    </section>
  );
}

export function Conversation({ data }: { data: ReportContent }) {
  const share = data.work?.timeShare ?? null;
  const learnable = data.work ? data.work.learnable : [];
  const chosen = data.direction?.chosen ?? [];
  const blocks = data.talent?.conversation ?? [];
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
          {learnable.length > 0 ? (
            <>
              <p>{t.hintAsks}</p>
              <ul>
                {learnable.map((task) => (
                  <li key={task.task}>{listTaskName(task)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.hintAsksGeneral}</p>
          )}
        </li>
        <li>
          <h3>{t.questionTwoYears}</h3>
          <p>{t.hintTwoYears}</p>
        </li>
        <li>
          <h3>{t.questionOrganisation}</h3>
          <p>{t.hintOrganisation}</p>
        </li>
        {data.direction && (
          <li class="keep-together">
            <h3>{t.questionDirection}</h3>
            {chosen.length > 0 ? (
              <>
                <p>{t.directionChosen}</p>
                <ul data-testid="richting">
                  {chosen.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p data-testid="richting">{t.directionNone}</p>
            )}
          </li>
        )}
        <li class="keep-together">
          <h3>{t.questionNeeds}</h3>
          <ul>
            <li>{t.needRichting}</li>
            <li>{t.needRuimte}</li>
            <li>{t.needRuggensteun}</li>
          </ul>
        </li>
      </ol>
      {blocks.length > 0 && (
        <section class="conversation-blocks" aria-labelledby="gesprek-meegaan">
          <h3 id="gesprek-meegaan">{t.conversationTitle}</h3>
          <p>{t.conversationIntro}</p>
          {blocks.map((block) => (
            <Block key={block.id} block={block} />
          ))}
        </section>
      )}
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
