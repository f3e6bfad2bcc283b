/**
 * The parts of the report, in print order: the one list from which the report's order, the
 * cover's contents and the print choice are derived. Each part's view (title and component) sits in
 * src/report/sections/registry.tsx, in a map the compiler holds to this list. The cover is always
 * printed, so it is not listed.
 *
 * The ids are stored: plan.hiddenSections keeps the ids of the parts left off the paper (plain
 * strings in storage, so an id this version does not know is kept and ignored).
 */
import type { ReportContent, ScanInput } from './index';

interface SectionDefinition<Id extends string, Content> {
  id: Id;
  /** False for a part that only makes sense on screen: it is never printed and not in the print choice. */
  printable: boolean;
  /**
   * The part's content in this report; null when this report has no such part. It gets the rest of
   * the report and the scan itself, so a part with figures of its own calls its builder here.
   */
  content(report: ReportContent, scan: ScanInput): Content | null;
}

function section<Id extends string, Content>(definition: SectionDefinition<Id, Content>) {
  return definition;
}

export const REPORT_SECTIONS = [
  section({ id: 'samenvatting', printable: true, content: (report) => report }),
  section({ id: 'werk', printable: true, content: (report) => report.work }),
  section({ id: 'groeimindset', printable: true, content: (report) => report.mindset }),
  section({ id: 'talent', printable: true, content: (report) => report.talent }),
  section({ id: 'leren', printable: true, content: (report) => (report.tallies.length > 0 ? report.tallies : null) }),
  section({ id: 'gesprek', printable: true, content: (report) => report }),
  // The plan's texts are the person's own, kept with the plan, not worked out from the scan.
  section({ id: 'plan', printable: true, content: () => ({}) }),
  section({ id: 'rekenen', printable: true, content: (report) => report.method }),
  section({ id: 'verschil', printable: true, content: (report) => report.change }),
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];

/** What a part shows: the content its definition gives, never null (a report without it does not list it). */
export type SectionContent<Id extends ReportSectionId> = NonNullable<
  ReturnType<Extract<(typeof REPORT_SECTIONS)[number], { id: Id }>['content']>
>;

/** The content of every part this report has; a part it does not have is left out. */
export type SectionContents = { [Id in ReportSectionId]?: SectionContent<Id> };

/** The parts this report has, in order, with their content. */
export function reportSections(
  report: ReportContent,
  scan: ScanInput,
): { sections: ReportSectionId[]; contents: SectionContents } {
  const sections: ReportSectionId[] = [];
  const contents: Record<string, unknown> = {};
  for (const definition of REPORT_SECTIONS) {
    const content = definition.content(report, scan);
    if (content === null) continue;
    sections.push(definition.id);
    contents[definition.id] = content;
  }
  return { sections, contents: contents as SectionContents };
}

/** The parts that go on paper: the printable ones the report has, minus the ones the person unchecked. */
export function printedSections(
  sections: readonly ReportSectionId[],
  hiddenSections: readonly string[],
): ReportSectionId[] {
  const hidden = new Set(hiddenSections);
  const printable = new Set<string>(REPORT_SECTIONS.filter((s) => s.printable).map((s) => s.id));
  return sections.filter((s) => printable.has(s) && !hidden.has(s));
}

/** The parts a person can choose to leave off the paper. */
export function printableSections(sections: readonly ReportSectionId[]): ReportSectionId[] {
  return printedSections(sections, []);
}
