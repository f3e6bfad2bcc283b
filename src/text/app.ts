/** Texts of the app screens (start, choosing, the scan, my scans, data). */
export const app = {
  appName: 'Morgenscan',
} as const;
