/**
 * How each part of the report looks: its title and its component, per id of the one section list
 * in src/domain/report/sections.ts. The map is checked against that list: a part without a view,
 * or a view for a part that is not listed, does not compile. Order, the cover's contents and the
 * print choice all come from the list; the section frame (heading, anchor, print note) from Section.
 */
import type { ComponentType } from 'preact';
import type { ReportData, ReportSectionId, SectionContent } from '../../domain/report';
import { report as t } from '../../text/report';
import { Change } from './Change';
import { Conversation } from './Conversation';
import { Learning } from './Learning';
import { Method } from './Method';
import { Mindset } from './Mindset';
import { Plan, type PlanField, type PlanTexts } from './Plan';
import { Section } from './Section';
import { Summary } from './Summary';
import { Talent } from './Talent';
import { Work } from './Work';

/** What every part may use besides its own content. */
export interface SectionContext {
  report: ReportData;
  plan: PlanTexts;
  onPlanField(field: PlanField, value: string): void;
}

export interface SectionView<Id extends ReportSectionId> {
  title: string;
  component: ComponentType<{ content: SectionContent<Id>; context: SectionContext }>;
}

export type SectionViews = { readonly [Id in ReportSectionId]: SectionView<Id> };

export const SECTION_VIEWS = {
  samenvatting: {
    title: t.sectionSamenvatting,
    component: ({ content, context }) => <Summary data={content} printed={context.report.printed} />,
  },
  werk: { title: t.sectionWerk, component: ({ content }) => <Work work={content} /> },
  groeimindset: { title: t.sectionGroeimindset, component: ({ content }) => <Mindset mindset={content} /> },
  talent: { title: t.sectionTalent, component: ({ content }) => <Talent talent={content} /> },
  leren: { title: t.sectionLeren, component: ({ content }) => <Learning tallies={content} /> },
  gesprek: { title: t.sectionGesprek, component: ({ content }) => <Conversation data={content} /> },
  plan: {
    title: t.sectionPlan,
    component: ({ context }) => <Plan plan={context.plan} onChange={context.onPlanField} />,
  },
  rekenen: { title: t.sectionRekenen, component: ({ content }) => <Method method={content} /> },
  verschil: { title: t.sectionVerschil, component: ({ content }) => <Change change={content} /> },
} as const satisfies SectionViews;

export function sectionTitle(id: ReportSectionId): string {
  return SECTION_VIEWS[id].title;
}

/** The view of one part; the cast only joins the id to its own entry, which the map's type guarantees. */
export function sectionView<Id extends ReportSectionId>(id: Id): SectionView<Id> {
  return SECTION_VIEWS[id] as unknown as SectionView<Id>;
}

/** One part of the report in its frame; nothing when this report does not have the part. */
export function ReportPart<Id extends ReportSectionId>({ id, context }: { id: Id; context: SectionContext }) {
  const content = context.report.contents[id] as SectionContent<Id> | undefined;
  if (content === undefined) return null;
  const { title, component: Content } = sectionView(id);
  return (
    <Section id={id} title={title} printed={context.report.printed.includes(id)}>
      <Content content={content} context={context} />
    </Section>
  );
}
