import type { CodeSnapshot } from '../shared/account';

const RADIUS = 9;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Ring that empties while the code's time step runs out. It is a CSS animation started at the
 * step's current point, so nothing re-renders each second, and it is hidden from screen readers,
 * which would otherwise announce it constantly.
 */
export function Countdown({ code, now }: { code: CodeSnapshot; now: number }) {
  const periodSeconds = (code.validUntil - code.validFrom) / 1000;
  if (!(periodSeconds > 0) || !Number.isFinite(periodSeconds)) return null;
  const elapsedSeconds = Math.min(Math.max((now - code.validFrom) / 1000, 0), periodSeconds);
  return (
    <svg class="countdown" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <circle class="countdown-track" cx="12" cy="12" r={RADIUS} />
      <circle
        key={code.validFrom}
        class="countdown-ring"
        cx="12"
        cy="12"
        r={RADIUS}
        stroke-dasharray={CIRCUMFERENCE}
        style={{
          animationDuration: `${periodSeconds}s`,
          animationDelay: `-${elapsedSeconds}s`,
        }}
      />
    </svg>
  );
}
