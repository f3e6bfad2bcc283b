import { useMemo } from 'preact/hooks';
import { TREND_ORDER, type WorkView } from '../../domain/report';
import { report as t } from '../../text/report';
import { ChartFigure } from '../ChartFigure';
import { timeShareChart } from '../charts/timeShare';
import { formatPercent, joinList } from '../format';
import { TREND_LABEL, TREND_LONG, TrendBadge, TrendIcon } from '../TrendBadge';

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
                  <TrendBadge trend={trend} /> {TREND_LONG[trend]}{' '}
                  <span class="task-group__count">({t.taskCount(tasks.length)})</span>
                </th>
              </tr>
              {tasks.map((task) => (
                <tr key={task.id} class={`task-row task-row--${trend}`}>
                  <th scope="row">
                    {task.task}
                    {task.isNew && <span class="new-tag"> ({t.newTask})</span>}
                  </th>
                  <td data-label={t.colTime}>{task.time ?? missing}</td>
                  <td data-label={t.colLiking}>{task.liking ?? missing}</td>
                  <td data-label={t.colAbility}>{task.ability ?? missing}</td>
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
  trend: 'groeit' | 'krimpt';
  items: string[];
  /** Tasks under a label each (the drivers they fit); used instead of items. */
  groups?: { label: string; tasks: string[] }[];
}

function TaskList({ id, title, intro, trend, items, groups }: TaskListProps) {
  const empty = groups ? groups.length === 0 : items.length === 0;
  return (
    <section class={`task-list task-list--${trend}`} aria-labelledby={id}>
      <h4 id={id}>
        <TrendIcon trend={trend} /> {title}
      </h4>
      <p class="task-list__intro">{intro}</p>
      {empty ? (
        <p class="muted">{t.nothingYet}</p>
      ) : groups ? (
        <ul data-testid={id} class="task-list__groups">
          {groups.map((group) => (
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
      ) : (
        <ul data-testid={id}>
          {items.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Work({ work }: { work: WorkView }) {
  return (
    <>
      <p class="section-intro">{t.workIntro(work.role)}</p>
      {work.answeredTasks < work.totalTasks && (
        <p class="notice">{t.tasksAnswered(work.answeredTasks, work.totalTasks)}</p>
      )}
      <TimeShare work={work} />
      <h3>{t.tasksTitle}</h3>
      <TaskTable work={work} />
      <div>
        <h3>{t.listsTitle}</h3>
        <div class="task-lists">
          <TaskList id="lijst-sterk" title={t.listSterk} intro={t.listSterkIntro} trend="groeit" items={work.sterk} />
          <TaskList
            id="lijst-passend"
            title={t.listPassend}
            intro={t.listPassendIntro}
            trend="groeit"
            items={[]}
            groups={work.passendByDrivers.map((g) => ({ label: t.fitsDrivers(joinList(g.drivers)), tasks: g.tasks }))}
          />
          <TaskList
            id="lijst-kansen"
            title={t.listKansen}
            intro={t.listKansenIntro}
            trend="groeit"
            items={work.kansen}
          />
          <TaskList
            id="lijst-loslaten"
            title={t.listLoslaten}
            intro={t.listLoslatenIntro}
            trend="krimpt"
            items={work.loslaten}
          />
        </div>
      </div>
    </>
  );
}
