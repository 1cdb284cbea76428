import { DEFAULT_SATURATION } from '../aggregate/saturation.js';

/** Defaults of `rodedraad report`, kept apart so that help does not load the report code. */
export const REPORT_DEFAULTS = {
  minShare: '0.5',
  quotes: '3',
  baseSize: String(DEFAULT_SATURATION.base),
  runLength: String(DEFAULT_SATURATION.run),
  threshold: String(DEFAULT_SATURATION.threshold),
  format: 'md',
  minGroupSize: '3',
} as const;
