/**
 * The Burgerzaken pack keeps every task of the list the original "Mijn match met Morgen" tool was
 * built on (seed 000, lines 223-293), each with the trend the seed gives it: green "Wordt meer",
 * grey "Blijft gelijk", red "Wordt minder".
 */
import { describe, expect, it } from 'vitest';
import type { TaskItem, Trend } from '../../../src/domain/format';
import { itemsOf } from './load';

const SEED_000 = '000_11297a6e74683ef9.txt';
const SEED_001 = '001_e32868364af2a16b.txt';

/**
 * Written by hand from the seed: the task as the seed names it → our id, trend and seed lines. A
 * seed task that names two actions is two tasks here, one row each with the same seed name.
 */
const SEED_TASKS: readonly { seed: string; id: string; trend: Trend; lines: string }[] = [
  // Wordt meer (lines 223-249)
  {
    seed: 'Informeren burger via websites (webcare & social media taken)',
    id: 'informeren-online',
    trend: 'groeit',
    lines: '225-227',
  },
  { seed: 'Vaststellen ID', id: 'identiteit-vaststellen', trend: 'groeit', lines: '228' },
  // One seed task with two actions: two tasks, one per action (R31).
  {
    seed: 'Uitvoeren diverse (kwaliteits-)controles / optimaliseren processen',
    id: 'kwaliteit-controleren',
    trend: 'groeit',
    lines: '229-230',
  },
  {
    seed: 'Uitvoeren diverse (kwaliteits-)controles / optimaliseren processen',
    id: 'werkprocessen-verbeteren',
    trend: 'groeit',
    lines: '230-231',
  },
  {
    seed: 'Verrichten van het adresonderzoek (incl. huisbezoek)',
    id: 'adresonderzoek',
    trend: 'groeit',
    lines: '232-234',
  },
  { seed: 'Behandelen bezwaar- en/of beroepszaken', id: 'bezwaar-en-beroep', trend: 'groeit', lines: '235-236' },
  { seed: "Adviseren van collega's front- en backoffice", id: 'collegas-adviseren', trend: 'groeit', lines: '237-238' },
  {
    seed: 'Samenwerken met interne afdelingen en externe partijen & opbouwen netwerk',
    id: 'samenwerken-partners',
    trend: 'groeit',
    lines: '239-241',
  },
  {
    seed: 'Samenwerken met interne afdelingen en externe partijen & opbouwen netwerk',
    id: 'netwerk-opbouwen',
    trend: 'groeit',
    lines: '241-242',
  },
  {
    seed: 'Voorlichten over en bijstaan bij digitale systemen (E-ID, DigiD)',
    id: 'digitale-hulp',
    trend: 'groeit',
    lines: '243-246',
  },
  {
    seed: 'Handhaven (toezichthouden, bestuurlijke boetes opleggen)',
    id: 'handhaven',
    trend: 'groeit',
    lines: '247-249',
  },
  // Blijft gelijk (lines 251-264)
  {
    seed: 'Afhandelen (onvoorziene) telefoon en mail (ad-hoc vragen)',
    id: 'telefoon-en-mail',
    trend: 'blijft',
    lines: '253-255',
  },
  {
    seed: 'Behandelen inschrijving BRP, hervestiging en mutaties verwerken in BRP',
    id: 'brp-verwerken',
    trend: 'blijft',
    lines: '256-260',
  },
  { seed: 'Behandelen aanvragen voor inschrijving (RNI)', id: 'rni-inschrijving', trend: 'blijft', lines: '261-262' },
  { seed: 'Behandelen aangifte vertrek naar buitenland', id: 'vertrek-buitenland', trend: 'blijft', lines: '263-264' },
  // Wordt minder (lines 266-293)
  { seed: 'Roosteren (planning medewerkers i.v.m. taakverdeling)', id: 'roosteren', trend: 'krimpt', lines: '268-271' },
  { seed: 'Inplannen van afspraken voor burgers', id: 'afspraken-inplannen', trend: 'krimpt', lines: '272-274' },
  { seed: 'Organiseren van een verkiezing', id: 'verkiezing-organiseren', trend: 'krimpt', lines: '275-276' },
  {
    seed: 'Verstrekken gegevens (o.a. uittreksels, nalatenschap)',
    id: 'gegevens-verstrekken',
    trend: 'krimpt',
    lines: '277-279',
  },
  { seed: 'Behandelen van naturalisatieverzoeken/optie', id: 'naturalisatie', trend: 'krimpt', lines: '280-282' },
  {
    seed: 'Behandelen aanvragen rijbewijzen & reisdocumenten',
    id: 'aanvragen-documenten',
    trend: 'krimpt',
    lines: '283-285',
  },
  { seed: 'Opmaken akten burgerlijke stand', id: 'akten-opmaken', trend: 'krimpt', lines: '286-287' },
  { seed: 'Voltrekken huwelijken (de ceremonie)', id: 'huwelijken', trend: 'krimpt', lines: '288-289' },
  { seed: 'Verwerken verhuisaangiften', id: 'verhuisaangiften', trend: 'krimpt', lines: '290-291' },
  { seed: 'Uitreiken rijbewijzen en reisdocumenten', id: 'uitreiken-documenten', trend: 'krimpt', lines: '292-293' },
];

/** Growing tasks seed 001 adds that the list of seed 000 does not name on its own. */
const SEED_001_TASKS: readonly { seed: string; id: string }[] = [
  { seed: 'Ingewikkelde vragen aan de balie (andere nationaliteit, weinig documenten)', id: 'lastige-vragen' },
  { seed: 'Signaleringsfunctie en doorverwijzen naar het sociaal domein', id: 'extra-hulp-signaleren' },
  { seed: 'Alert zijn op adresfraude en ID-fraude', id: 'fraude-signalen' },
];

const tasks = itemsOf('burgerzaken').filter((item): item is TaskItem => item.kind === 'task');
const byId = new Map(tasks.map((t) => [t.id, t]));

describe('Burgerzaken pack', () => {
  it.each(SEED_TASKS)('keeps "$seed" with trend $trend', ({ id, trend, lines }) => {
    const task = byId.get(id);
    expect(task, `taak ${id} ontbreekt`).toBeDefined();
    expect(task?.trend).toBe(trend);
    expect(task?.source).toMatchObject({ file: SEED_000, lines });
  });

  it('has the seed counts: 9 groeit, 4 blijft, 10 krimpt among the 23 seed tasks', () => {
    const fromSeed = tasks.filter((t) => t.source.file === SEED_000);
    expect(fromSeed).toHaveLength(SEED_TASKS.length);
    // One trend per seed task, however many tasks it became.
    const seedTrends = new Map(
      SEED_TASKS.map(({ seed, id }) => [seed, fromSeed.find((t) => t.id === id)?.trend] as const),
    );
    expect(seedTrends.size).toBe(23);
    const count = (trend: Trend) => [...seedTrends.values()].filter((t) => t === trend).length;
    expect([count('groeit'), count('blijft'), count('krimpt')]).toEqual([9, 4, 10]);
  });

  it.each(SEED_001_TASKS)('adds the growing task "$seed" from seed 001', ({ id }) => {
    const task = byId.get(id);
    expect(task?.trend).toBe('groeit');
    expect(task?.source.file).toBe(SEED_001);
  });

  it('has no other tasks than these 28', () => {
    expect(tasks.map((t) => t.id).sort()).toEqual([...SEED_TASKS, ...SEED_001_TASKS].map((t) => t.id).sort());
  });
});
