import type { Span } from '../../contracts/cards';

export interface MarkedProps {
  text: string;
  /** Spans to render as `<mark>` (emphasis). */
  marks?: Span[];
  /** Spans to render as `<ins>`-like changes. */
  changed?: Span[];
  /** Accessible name for changed spans ("changed", "differs"). */
  changedLabel?: string;
}

type Piece = { text: string; mark: boolean; changed: boolean };

/** Cuts `text` at every span edge, so overlapping marks and changes both show. */
export function splitBySpans(text: string, marks: Span[] = [], changed: Span[] = []): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const [s, e] of [...marks, ...changed]) {
    cuts.add(Math.max(0, Math.min(text.length, s)));
    cuts.add(Math.max(0, Math.min(text.length, e)));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const [s, e] = [edges[i], edges[i + 1]];
    if (s === e) continue;
    const inside = (spans: Span[]) => spans.some(([a, b]) => a <= s && e <= b);
    pieces.push({ text: text.slice(s, e), mark: inside(marks), changed: inside(changed) });
  }
  return pieces;
}

/** Text with spans emphasised. Every string is rendered as text, never as HTML. */
export function Marked({ text, marks, changed }: MarkedProps) {
  return (
    <>
      {splitBySpans(text, marks, changed).map((p, i) => {
        let node = <>{p.text}</>;
        if (p.changed)
          node = (
            <span class="changed" key={`c${i}`}>
              {node}
            </span>
          );
        if (p.mark) node = <mark key={`m${i}`}>{node}</mark>;
        return p.mark || p.changed ? node : p.text;
      })}
    </>
  );
}
