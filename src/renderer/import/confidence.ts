/** The three words the editor uses for the detector's confidence (the draft model's thresholds). */
export type ConfidenceLevel = 'sure' | 'check' | 'guess';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'sure';
  if (confidence >= 0.5) return 'check';
  return 'guess';
}
