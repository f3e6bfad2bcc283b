/**
 * One question of the scan, as native form controls. Each change goes straight to the scan model,
 * which saves it; these components keep no answers of their own.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { TaskAnswer } from '../../domain/answers';
import type {
  Item,
  MultiChoiceItem,
  Questionnaire,
  SingleChoiceItem,
  StatementItem,
  TaskItem,
  TaskQuestionKey,
  TextItem,
  Trend,
} from '../../domain/format';
import { isRequired } from '../../domain/items';
import type { ScanModel } from '../../state/scan-model';
import { app as text } from '../../text/app';
import { Choice, ChoiceList, type ChoiceListLayout, Fieldset } from '../components/fields';
import { Icon } from '../components/Icon';

interface FieldProps<T extends Item> {
  model: ScanModel;
  questionnaire: Questionnaire;
  item: T;
}

const TASK_KEYS: readonly TaskQuestionKey[] = ['time', 'liking', 'ability'];

/** Unique in the page: item ids are only unique within one questionnaire. */
const fieldId = (q: Questionnaire, item: Item, ...rest: (string | number)[]) => [q.id, item.id, ...rest].join('--');

const TREND_ICON = { groeit: 'up', blijft: 'right', krimpt: 'down' } as const;
const TREND_TEXT = { groeit: text.trendGroeit, blijft: text.trendBlijft, krimpt: text.trendKrimpt } as const;

/** The trend of a task as a label with an icon: never colour alone. */
export function TrendBadge({ trend }: { trend: Trend }) {
  return (
    <span class={`ms-trend ms-trend--${trend}`}>
      <Icon name={TREND_ICON[trend]} />
      {TREND_TEXT[trend]}
    </span>
  );
}

function Optional({ item }: { item: Item }) {
  if (isRequired(item)) return null;
  return <span class="ms-optional"> {text.optional}</span>;
}

/** The fieldset of one question: its text (and whether it is optional) as legend, its help below. */
function QuestionFieldset({
  questionnaire: q,
  item,
  class: className,
  children,
}: {
  questionnaire: Questionnaire;
  item: StatementItem | SingleChoiceItem | MultiChoiceItem;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <Fieldset
      class={className}
      legend={
        <>
          {item.text}
          <Optional item={item} />
        </>
      }
      description={item.help}
      descriptionId={`${fieldId(q, item)}--hulp`}
    >
      {children}
    </Fieldset>
  );
}

/** One radio per option; choosing one gives its value to `onPick`. */
function RadioChoices<V extends string | number>({
  name,
  options,
  selected,
  layout,
  count,
  onPick,
}: {
  name: string;
  options: readonly { value: V; label: string }[];
  selected: unknown;
  layout?: ChoiceListLayout;
  count?: number;
  onPick(value: V): void;
}) {
  return (
    <ChoiceList layout={layout} count={count}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          id={`${name}--${option.value}`}
          name={name}
          value={String(option.value)}
          checked={selected === option.value}
          label={option.label}
          onChange={(checked) => {
            if (checked) onPick(option.value);
          }}
        />
      ))}
    </ChoiceList>
  );
}

export function ItemField(props: FieldProps<Item>) {
  const { item } = props;
  switch (item.kind) {
    case 'task':
      return <TaskField {...props} item={item} />;
    case 'statement':
      return <StatementField {...props} item={item} />;
    case 'single':
      return <SingleField {...props} item={item} />;
    case 'multi':
      return <MultiField {...props} item={item} />;
    case 'text':
      return <TextField {...props} item={item} />;
  }
}

function TaskField({ model, questionnaire: q, item }: FieldProps<TaskItem>) {
  const questions = q.taskQuestions;
  if (!questions) return null;
  const value = (model.answerSignal(q.id, item.id).value ?? {}) as TaskAnswer;
  const descriptionId = fieldId(q, item, 'beschrijving');
  return (
    <Fieldset
      class="ms-task"
      legend={
        <>
          <span class="ms-task__name">{item.task}</span>
          <span class="ms-visually-hidden">, </span>
          <TrendBadge trend={item.trend} />
          {item.isNew && <span class="ms-badge">{text.taskNew}</span>}
        </>
      }
      description={item.description}
      descriptionId={descriptionId}
    >
      {TASK_KEYS.map((key) => {
        const question = questions[key];
        const name = fieldId(q, item, key);
        return (
          <Fieldset key={key} class="ms-task__question" legend={question.question}>
            <RadioChoices
              name={name}
              options={question.options}
              selected={value[key]}
              count={question.options.length}
              onPick={(picked) => {
                const current = (model.answerOf(q.id, item.id) ?? {}) as TaskAnswer;
                model.answer(q.id, item.id, { ...current, [key]: picked });
              }}
            />
          </Fieldset>
        );
      })}
    </Fieldset>
  );
}

function StatementField({ model, questionnaire: q, item }: FieldProps<StatementItem>) {
  const labels = q.answerScales.find((s) => s.id === item.scale)?.labels ?? [];
  // A statement's answer is the position on its scale, from 1.
  const options = labels.map((label, index) => ({ value: index + 1, label }));
  return (
    <QuestionFieldset questionnaire={q} item={item} class="ms-statement">
      <RadioChoices
        name={fieldId(q, item)}
        options={options}
        selected={model.answerSignal(q.id, item.id).value}
        layout="scale"
        count={labels.length}
        onPick={(picked) => model.answer(q.id, item.id, picked)}
      />
    </QuestionFieldset>
  );
}

function SingleField({ model, questionnaire: q, item }: FieldProps<SingleChoiceItem>) {
  const options = item.options.map((option) => ({ value: option.id, label: option.label }));
  return (
    <QuestionFieldset questionnaire={q} item={item}>
      <RadioChoices
        name={fieldId(q, item)}
        options={options}
        selected={model.answerSignal(q.id, item.id).value}
        layout="column"
        onPick={(picked) => model.answer(q.id, item.id, picked)}
      />
    </QuestionFieldset>
  );
}

function MultiField({ model, questionnaire: q, item }: FieldProps<MultiChoiceItem>) {
  const raw = model.answerSignal(q.id, item.id).value;
  const chosen = Array.isArray(raw) ? raw : [];
  const [tooMany, setTooMany] = useState(false);
  const name = fieldId(q, item);
  const counterId = `${name}--teller`;
  const tooFew = item.min > 0 && chosen.length > 0 && chosen.length < item.min;
  return (
    <QuestionFieldset questionnaire={q} item={item}>
      <ChoiceList layout="column">
        {item.options.map((option) => (
          <Choice
            key={option.id}
            type="checkbox"
            id={`${name}--${option.id}`}
            name={name}
            value={option.id}
            checked={chosen.includes(option.id)}
            label={option.label}
            describedBy={counterId}
            onChange={(checked, input) => {
              const current = model.answerOf(q.id, item.id);
              const list = Array.isArray(current) ? current : [];
              if (checked && list.length >= item.max) {
                // Refuse the extra choice; the message says what to do instead.
                input.checked = false;
                setTooMany(true);
                return;
              }
              setTooMany(false);
              const order = item.options.map((o) => o.id);
              const next = checked ? [...list, option.id] : list.filter((id) => id !== option.id);
              model.answer(
                q.id,
                item.id,
                next.sort((a, b) => order.indexOf(a) - order.indexOf(b)),
              );
            }}
          />
        ))}
      </ChoiceList>
      <p class="ms-counter" id={counterId} aria-live="polite">
        {text.multiCount(chosen.length, item.max)}
      </p>
      {tooMany && (
        <p class="utrecht-form-field-error-message" role="alert">
          {text.multiTooMany(item.max)}
        </p>
      )}
      {tooFew && <p class="utrecht-form-field-error-message">{text.multiTooFew(item.min)}</p>}
    </QuestionFieldset>
  );
}

function TextField({ model, questionnaire: q, item }: FieldProps<TextItem>) {
  const raw = model.answerSignal(q.id, item.id).value;
  const value = typeof raw === 'string' ? raw : '';
  const id = fieldId(q, item);
  const counterId = `${id}--teller`;
  const helpId = `${id}--hulp`;
  return (
    <div class="utrecht-form-field ms-text-field">
      <label class="utrecht-form-label utrecht-form-fieldset__legend" for={id}>
        {item.text}
        <Optional item={item} />
      </label>
      {item.help && (
        <p class="utrecht-form-field-description" id={helpId}>
          {item.help}
        </p>
      )}
      <textarea
        id={id}
        class="utrecht-textarea"
        maxLength={item.maxLength}
        rows={4}
        value={value}
        aria-describedby={item.help ? `${helpId} ${counterId}` : counterId}
        onInput={(event) => {
          model.answer(q.id, item.id, event.currentTarget.value);
        }}
      />
      <p class="ms-counter" id={counterId}>
        {text.textCounter(value.length, item.maxLength)}
      </p>
    </div>
  );
}
