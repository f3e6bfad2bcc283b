import { useMemo } from 'preact/hooks';
import { TREND_ORDER, type WorkView } from '../../domain/report';
import { report as t } from '../../text/report';
import { ChartFigure } from '../ChartFigure';
import { timeShareChart } from '../charts/timeShare';
import { formatPercent, joinDrivers, listTaskName } from '../format';
import { MatchFigure } from '../MatchFigure';
import { TREND_LABEL, TrendBadge, TrendIcon } from '../TrendBadge';

const TIME_PRINT_SIZE = { width: 390, height: 130 } as const;

function TimeShare({ work }: { work: WorkView }) {
  const share = work.timeShare;
  const config = useMemo(
    () => (share ? timeShareChart(share, TREND_LABEL, (value) => formatPercent(value)) : null),
    [share],
  );
  if (!share || !config)
    return (
      <>
        <h3>{t.timeTitle}</h3>
        <p>{t.timeNone}</p>
      </>
    );
  return (
    <div class="keep-together">
      <h3>{t.timeTitle}</h3>
      <p>{t.timeIntro}</p>
      <ChartFigure
        id="tijd"
        config={config}
        className="chart-figure--bar"
        printSize={TIME_PRINT_SIZE}
        caption={t.timeCaption}
        alt={t.timeAlt(formatPercent(share.groeit), formatPercent(share.blijft), formatPercent(share.krimpt))}
      >
        <table class="data-table data-table--compact">
          <caption class="visually-hidden">{t.timeCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colKind}</th>
              <th scope="col" class="num">
                {t.colShare}
              </th>
              <th scope="col" class="num">
                {t.colTaskCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {TREND_ORDER.map((trend) => (
              <tr key={trend}>
                <th scope="row">
                  <TrendBadge trend={trend} />
                </th>
                <td class="num">{formatPercent(share[trend])}</td>
                <td class="num">{work.taskCount[trend]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartFigure>
    </div>
  );
}

/**
 * One group of rows per trend, under a header with the trend's icon and word: the rows need no
 * trend column of their own, which leaves room for the task names on paper.
 */
function TaskTable({ work }: { work: WorkView }) {
  const missing = <span class="muted">{t.notAnswered}</span>;
  const notAsked = (
    <span>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{t.notAsked}</span>
    </span>
  );
  const cell = (task: WorkView['tasks'][number], key: 'liking' | 'ability') =>
    task.leftOut || !task.asked[key] ? notAsked : (task[key] ?? missing);
  return (
    <div class="table-stack">
      <table class="data-table task-table data-table--stack">
        <caption class="visually-hidden">{t.tasksCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colTask}</th>
            <th scope="col">{t.colTime}</th>
            <th scope="col">{t.colLiking}</th>
            <th scope="col">{t.colAbility}</th>
          </tr>
        </thead>
        {TREND_ORDER.map((trend) => {
          const tasks = work.tasks.filter((task) => task.trend === trend);
          if (tasks.length === 0) return null;
          return (
            <tbody key={trend} class={`task-group task-group--${trend}`}>
              <tr class="task-group__head">
                <th scope="rowgroup" colSpan={4}>
                  <TrendBadge trend={trend} /> <span class="task-group__count">({t.taskCount(tasks.length)})</span>
                </th>
              </tr>
              {tasks.map((task) => (
                <tr key={task.id} class={`task-row task-row--${trend}`}>
                  <th scope="row">
                    {task.task}
                    {task.isNew && <span class="new-tag"> ({t.newTask})</span>}
                  </th>
                  <td data-label={t.colTime}>{task.time ?? missing}</td>
                  <td data-label={t.colLiking}>{cell(task, 'liking')}</td>
                  <td data-label={t.colAbility}>{cell(task, 'ability')}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

interface TaskListProps {
  id: string;
  title: string;
  intro: string;
  /** The trend colour and icon; none for the neutral group (R11). */
  trend: 'groeit' | 'krimpt' | null;
  /** Tasks under a label each (the drivers they fit, the time they take), in order. */
  groups: { label: string | null; tasks: string[] }[];
  /** A line under the list (R13's moreFitting). */
  footer?: string;
  /** The text instead of the list when it is empty. */
  empty?: string;
}

function TaskList({ id, title, intro, trend, groups, footer, empty }: TaskListProps) {
  const filled = groups.filter((g) => g.tasks.length > 0);
  return (
    <section class={`task-list task-list--${trend ?? 'neutral'}`} aria-labelledby={id}>
      <h4 id={id}>
        {trend && <TrendIcon trend={trend} />} {title}
      </h4>
      <p class="task-list__intro">{intro}</p>
      {filled.length === 0 ? (
        <p class="muted">{empty ?? t.nothingYet}</p>
      ) : filled.length === 1 && filled[0]?.label === null ? (
        <ul data-testid={id}>
          {filled[0].tasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      ) : (
        <ul data-testid={id} class="task-list__groups">
          {filled.map((group) => (
            <li key={group.label}>
              <span class="task-list__label">{group.label}</span>
              <ul>
                {group.tasks.map((task) => (
                  <li key={task}>{task}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {footer && <p class="task-list__footer">{footer}</p>}
    </section>
  );
}

export function Work({ work }: { work: WorkView }) {
  const single = (tasks: WorkView['sterk']) => [{ label: null, tasks: tasks.map(listTaskName) }];
  return (
    <>
      <p class="section-intro">{t.workIntro}</p>
      {work.leftOut.length > 0 && (
        <div class="left-out">
          <p>{t.leftOut(work.leftOut.length)}</p>
          <h3 class="left-out__title">{t.leftOutTitle}</h3>
          <ul data-testid="niet-meegeteld">
            {work.leftOut.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </div>
      )}
      {work.notDone.count > 0 && (
        <p>
          {t.notDoneCount(work.notDone.count, work.notDone.label)}
          {work.notDone.growing && ` ${t.notDoneGrowing}`}
        </p>
      )}
      {work.answeredTasks < work.totalTasks && (
        <p class="notice">{t.tasksAnswered(work.answeredTasks, work.totalTasks)}</p>
      )}
      {work.match.score !== null && (
        <div class="keep-together">
          <h3>{t.matchTitle}</h3>
          <MatchFigure match={work.match} leftOut={work.leftOut.length} testId="match-figure-werk" />
        </div>
      )}
      <TimeShare work={work} />
      <h3>{t.tasksTitle}</h3>
      <TaskTable work={work} />
      <div>
        <h3>{t.listsTitle}</h3>
        <div class="task-lists">
          <TaskList
            id="lijst-sterk"
            title={t.listSterk}
            intro={t.listSterkIntro}
            trend="groeit"
            groups={single(work.sterk)}
          />
          <TaskList
            id="lijst-niet-leuk"
            title={t.listNietLeuk}
            intro={t.listNietLeukIntro}
            trend={null}
            groups={single(work.nietLeuk)}
          />
          <TaskList
            id="lijst-passend"
            title={t.listPassend}
            intro={t.listPassendIntro}
            trend="groeit"
            groups={work.passend.groups.map((g) => ({
              label: t.fitsDrivers(joinDrivers(g.drivers)),
              tasks: g.tasks.map(listTaskName),
            }))}
            {...(work.passend.more > 0 ? { footer: t.moreFitting(work.passend.more) } : {})}
            {...(work.passend.noTop ? { empty: t.listPassendNoTop } : {})}
          />
          <TaskList
            id="lijst-kansen"
            title={t.listKansen}
            intro={t.listKansenIntro}
            trend="groeit"
            groups={single(work.kansen)}
          />
          <TaskList
            id="lijst-minder"
            title={t.listMinder}
            intro={t.listMinderIntro}
            trend="krimpt"
            groups={[
              { label: t.minderMuch, tasks: work.minder.much },
              { label: t.minderPart, tasks: work.minder.part },
            ]}
          />
        </div>
      </div>
    </>
  );
}
