/** Pieces the question fields (ItemField.tsx) share: ids, the question's fieldset, radios, the trend. */
import type { ComponentChildren } from 'preact';
import type { Item, Questionnaire, Trend } from '../../domain/format';
import { isRequired } from '../../domain/items';
import type { ScanModel } from '../../state/scan-model';
import { app as text } from '../../text/app';
import { Choice, ChoiceList, type ChoiceListLayout, Fieldset } from '../components/fields';
import { Icon } from '../components/Icon';

export interface FieldProps<T extends Item> {
  model: ScanModel;
  questionnaire: Questionnaire;
  item: T;
}

/** Unique in the page: item ids are only unique within one questionnaire. */
export const fieldId = (q: Questionnaire, item: Item, ...rest: (string | number)[]) =>
  [q.id, item.id, ...rest].join('--');

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

export function Optional({ item }: { item: Item }) {
  if (isRequired(item)) return null;
  return <span class="ms-optional"> {text.optional}</span>;
}

/** The fieldset of one question: its text (and whether it is optional) as legend, its help below. */
export function QuestionFieldset({
  questionnaire: q,
  item,
  class: className,
  children,
}: {
  questionnaire: Questionnaire;
  item: Item & { text: string; help?: string | undefined };
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
export function RadioChoices<V extends string | number>({
  name,
  options,
  selected,
  layout,
  count,
  wide,
  onPick,
}: {
  name: string;
  options: readonly { value: V; label: string }[];
  selected: unknown;
  layout?: ChoiceListLayout;
  count?: number;
  /** Options that get a row of their own (a long label that is no step on the scale). */
  wide?: (value: V) => boolean;
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
          wide={wide?.(option.value)}
          onChange={(checked) => {
            if (checked) onPick(option.value);
          }}
        />
      ))}
    </ChoiceList>
  );
}
