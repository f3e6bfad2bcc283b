import { useMemo } from 'preact/hooks';
import { TREND_ORDER, type WorkView } from '../../domain/report';
import { report as t } from '../../text/report';
import { ChartFigure } from '../ChartFigure';
import { timeShareChart } from '../charts/timeShare';
import { formatPercent, joinList } from '../format';
import { TREND_LABEL, TREND_LONG, TrendBadge, TrendIcon } from '../TrendBadge';
import { Section } from './Section';

const TIME_PRINT_SIZE = { width: 390, height: 160 } as const;

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

function TaskTable({ work }: { work: WorkView }) {
  return (
    <div class="table-stack">
      <table class="data-table task-table data-table--stack">
        <caption>{t.tasksCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colTask}</th>
            <th scope="col">{t.colTrend}</th>
            <th scope="col">{t.colTime}</th>
            <th scope="col">{t.colLiking}</th>
            <th scope="col">{t.colAbility}</th>
          </tr>
        </thead>
        <tbody>
          {work.tasks.map((task) => (
            <tr key={task.id} class={`task-row task-row--${task.trend}`}>
              <th scope="row">
                {task.task}
                {task.isNew && <span class="new-tag"> ({t.newTask})</span>}
              </th>
              <td>
                <TrendBadge trend={task.trend} />
              </td>
              <td data-label={t.colTime}>{task.time ?? <span class="muted">{t.notAnswered}</span>}</td>
              <td data-label={t.colLiking}>{task.liking ?? <span class="muted">{t.notAnswered}</span>}</td>
              <td data-label={t.colAbility}>{task.ability ?? <span class="muted">{t.notAnswered}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TaskListProps {
  id: string;
  title: string;
  intro: string;
  trend: 'groeit' | 'krimpt';
  items: { task: string; note?: string }[];
}

function TaskList({ id, title, intro, trend, items }: TaskListProps) {
  return (
    <section class={`task-list task-list--${trend}`} aria-labelledby={id}>
      <h4 id={id}>
        <TrendIcon trend={trend} /> {title}
      </h4>
      <p class="task-list__intro">{intro}</p>
      {items.length > 0 ? (
        <ul data-testid={id}>
          {items.map((item) => (
            <li key={item.task}>
              {item.task}
              {item.note && <span class="task-list__note"> ({item.note})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.nothingYet}</p>
      )}
    </section>
  );
}

export function Work({ work, printed }: { work: WorkView; printed: boolean }) {
  return (
    <Section id="werk" printed={printed}>
      <p class="section-intro">{t.workIntro(work.role)}</p>
      {work.answeredTasks < work.totalTasks && (
        <p class="notice">{t.tasksAnswered(work.answeredTasks, work.totalTasks)}</p>
      )}
      <TimeShare work={work} />
      <div>
        <h3>{t.listsTitle}</h3>
        <div class="task-lists">
          <TaskList
            id="lijst-sterk"
            title={t.listSterk}
            intro={t.listSterkIntro}
            trend="groeit"
            items={work.sterk.map((task) => ({ task }))}
          />
          <TaskList
            id="lijst-passend"
            title={t.listPassend}
            intro={t.listPassendIntro}
            trend="groeit"
            items={work.passend.map((p) => ({ task: p.task, note: t.fitsDrivers(joinList(p.drivers)) }))}
          />
          <TaskList
            id="lijst-kansen"
            title={t.listKansen}
            intro={t.listKansenIntro}
            trend="groeit"
            items={work.kansen.map((task) => ({ task }))}
          />
          <TaskList
            id="lijst-loslaten"
            title={t.listLoslaten}
            intro={t.listLoslatenIntro}
            trend="krimpt"
            items={work.loslaten.map((task) => ({ task }))}
          />
        </div>
      </div>
      <h3>{t.tasksTitle}</h3>
      <ul class="trend-legend">
        {TREND_ORDER.map((trend) => (
          <li key={trend}>
            <TrendBadge trend={trend} /> {TREND_LONG[trend]}
          </li>
        ))}
      </ul>
      <TaskTable work={work} />
    </Section>
  );
}
