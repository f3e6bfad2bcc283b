/** Texts of the report. */
export const report = {
  title: 'Mijn match met morgen',
} as const;
