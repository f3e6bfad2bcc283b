/**
 * One question of the scan, as native form controls: one field per question kind, in a map typed
 * by the kinds registry (a kind without its field does not compile). Each change goes straight to
 * the scan model, which saves it; these components keep no answers of their own.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { TaskAnswer } from '../../domain/answers';
import type { Item } from '../../domain/format';
import {
  type ItemKind,
  type ItemOfKind,
  isLeftOut,
  type MultiChoiceItem,
  questionsShown,
  questionWording,
  type SingleChoiceItem,
  type StatementItem,
  type TaskItem,
  type TextItem,
} from '../../domain/kinds';
import { app as text } from '../../text/app';
import { Choice, ChoiceList, Fieldset } from '../components/fields';
import { type FieldProps, fieldId, Optional, QuestionFieldset, RadioChoices, TrendBadge } from './parts';

/** The field of each kind: a kind left out does not compile. */
export type FieldRegistry = { readonly [K in ItemKind]: ComponentType<FieldProps<ItemOfKind<K>>> };

export function ItemField(props: FieldProps<Item>) {
  const Field = FIELDS[props.item.kind] as ComponentType<FieldProps<Item>>;
  return <Field {...props} />;
}

function TaskField({ model, questionnaire: q, item }: FieldProps<TaskItem>) {
  const questions = q.taskQuestions;
  if (!questions) return null;
  const value = (model.answerSignal(q.id, item.id).value ?? {}) as TaskAnswer;
  const descriptionId = fieldId(q, item, 'beschrijving');
  const leavesOut = (option: number) => isLeftOut(q, { time: option });
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
      {/* Only the questions asked for this trend (R2); liking and ability go once the task is
          left out (R4), and ask for an expectation while it is not done now (R3). */}
      {questionsShown(q, item, value).map((key) => {
        const question = questions[key];
        const name = fieldId(q, item, key);
        const wide = (option: number) => key === 'time' && leavesOut(option);
        return (
          <Fieldset
            key={key}
            class="ms-task__question"
            legend={
              <>
                {questionWording(q, key, value)}{' '}
                {/* Heard alone (a screen reader's list of groups), the question names its task. */}
                <span class="ms-visually-hidden">({item.task})</span>
              </>
            }
          >
            <RadioChoices
              name={name}
              options={question.options}
              selected={value[key]}
              // "Komt bij ons niet voor of weet ik niet" is no amount of time: a row of its own.
              count={question.options.filter((o) => !wide(o.value)).length}
              wide={wide}
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

export const FIELDS = {
  statement: StatementField,
  task: TaskField,
  single: SingleField,
  multi: MultiField,
  text: TextField,
} as const satisfies FieldRegistry;
