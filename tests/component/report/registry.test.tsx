/**
 * One list of report sections (src/domain/report/sections.ts) and one map of their views
 * (src/report/sections/registry.tsx). A section left out of either fails the typecheck (the
 * @ts-expect-error lines below stop compiling if it would not) or these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, type ReportSectionId } from '../../../src/domain/report';
import { SECTION_VIEWS, type SectionViews } from '../../../src/report/sections/registry';
import { report as t } from '../../../src/text/report';

describe('the report section registry', () => {
  it('has a view with a title and a component for every listed section, in the same order', () => {
    expect(Object.keys(SECTION_VIEWS)).toEqual(REPORT_SECTIONS.map((s) => s.id));
    for (const { id } of REPORT_SECTIONS) {
      const view = (SECTION_VIEWS as SectionViews)[id];
      expect(view.title.trim(), id).not.toBe('');
      expect(typeof view.component, id).toBe('function');
    }
  });

  it('lists every section title of the texts, so no written section is left out', () => {
    const titles = Object.entries(t)
      .filter(([key]) => key.startsWith('section'))
      .map(([, title]) => title);
    expect(Object.values(SECTION_VIEWS).map((v) => v.title)).toEqual(titles);
  });

  it('uses every component file in src/report/sections', () => {
    const frame = new Set(['Section.tsx', 'Cover.tsx', 'registry.tsx']);
    const dir = join(import.meta.dirname, '../../../src/report/sections');
    const components = readdirSync(dir)
      .filter((file) => file.endsWith('.tsx') && !frame.has(file))
      .map((file) => file.replace('.tsx', ''));
    const registry = readFileSync(join(dir, 'registry.tsx'), 'utf8');
    for (const name of components) expect(registry, name).toContain(`from './${name}'`);
  });

  it('does not compile with a section left out, or a view for a section that is not listed', () => {
    const { verschil: _left, ...withoutChange } = SECTION_VIEWS;
    // @ts-expect-error 'verschil' is listed in REPORT_SECTIONS, so it needs a view.
    const missing: SectionViews = withoutChange;
    const extra: SectionViews = {
      ...SECTION_VIEWS,
      // @ts-expect-error 'nieuw' is not in REPORT_SECTIONS.
      nieuw: SECTION_VIEWS.plan,
    };
    // @ts-expect-error a section id is one of the listed ids.
    const unknown: ReportSectionId = 'nieuw';
    expect([missing, extra, unknown]).toHaveLength(3);
  });
});
