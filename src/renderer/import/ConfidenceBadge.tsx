import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../shared/model/import-draft';
import { confidenceLevel } from './confidence';

/**
 * "sure" / "check" / "guess" next to a detected value; hovering or focusing it shows the evidence
 * (where in the source, and the text there), which screen readers get as its description.
 */
export function ConfidenceBadge({ confidence, evidence }: { confidence: number; evidence?: Evidence | undefined }) {
  const { t } = useTranslation();
  const tipId = useId();
  const level = confidenceLevel(confidence);
  const percent = Math.round(confidence * 100);
  // Escape hides the evidence without moving focus (WCAG 1.4.13); hovering or focusing again shows it.
  const [dismissed, setDismissed] = useState(false);
  return (
    <span className={`confidence ${dismissed ? 'confidence--dismissed' : ''}`}>
      <span
        className={`confidence__badge confidence__badge--${level}`}
        tabIndex={0}
        aria-describedby={tipId}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !dismissed) {
            e.stopPropagation();
            setDismissed(true);
          }
        }}
        onFocus={() => setDismissed(false)}
        onMouseEnter={() => setDismissed(false)}
      >
        {t(`importer.confidence.${level}`)}
        <span className="visually-hidden"> ({t('importer.confidence.percent', { percent })})</span>
      </span>
      <span role="tooltip" id={tipId} className="confidence__tip">
        {evidence ? `${evidence.where}${evidence.text ? `: “${evidence.text}”` : ''}` : t('importer.confidence.noEvidence')}
      </span>
    </span>
  );
}
