/**
 * What the hover card shows and does: asks the background for the item's
 * card, shows it beside the word, and carries out its buttons (compare in the
 * side panel, mute the term, turn the site off).
 */
import type { Card as CardData } from '../contracts/cards';
import { CONTEXT_CHARS } from '../contracts/protocol';
import { withMuted, withSite } from '../contracts/settings';
import { askBackground } from '../platform/messaging';
import { changeSettings } from '../platform/settings-raw';
import type { CardHost } from './card-host';
import type { ActionMarks } from './reveal';
import type { PaintedMatch } from './spotter';

const PANEL_REFUSED =
  'Your browser did not let this page open the side panel. Open Sourcelight from the toolbar (in Firefox: View › Sidebar › Sourcelight); it will show this comparison.';

/** The longest passage text sent with a card request: the card marks what differs from it. */
const PAGE_TEXT_CHARS = 2000;

/** The most passage and quotation ids a card request carries to say which story the page is of. */
export const STORY_EVIDENCE_IDS = 200;

interface ShownCard {
  match: PaintedMatch;
  range: Range;
  /** Undefined while the background has not answered; null when it has no card. */
  data: CardData | null | undefined;
}

export class CardControl {
  private shown: ShownCard | undefined;
  private notice: string | undefined;

  /**
   * `closeHover`: closes the card the way the hover controller does, so that it knows.
   * `page`: the page's passages and quotations, so that the card puts the
   * page's story first, and the words around a match, which the background
   * finds it in again before it answers.
   */
  constructor(
    private readonly card: CardHost,
    private readonly host: string,
    private readonly closeHover: () => void,
    private readonly marks: ActionMarks,
    private readonly page: { storyEvidence(): string[]; contextOf(match: PaintedMatch, chars: number): string },
  ) {}

  open(match: PaintedMatch, range: Range, how: 'pointer' | 'keyboard' | 'touch'): void {
    this.notice = undefined;
    this.shown = { match, range, data: undefined };
    this.marks.showOpenPassage(match.kind === 'passage' ? { match, range } : undefined);
    this.render();
    if (how === 'keyboard') this.card.focus();
    const pageText = match.kind === 'passage' ? match.text.slice(0, PAGE_TEXT_CHARS) : undefined;
    askBackground('card', { id: match.id, text: this.page.contextOf(match, CONTEXT_CHARS), pageText, page: this.page.storyEvidence() })
      .then((data) => this.fill(match, data ?? null, how))
      .catch(() => this.fill(match, null, 'pointer'));
  }

  close(): void {
    this.shown = undefined;
    this.marks.showOpenPassage(undefined);
    this.card.hide();
  }

  /** Shows the background's answer, if the card is still the one for `match`. */
  private fill(match: PaintedMatch, data: CardData | null, how: 'pointer' | 'keyboard' | 'touch'): void {
    if (this.shown?.match !== match) return;
    this.shown.data = data;
    this.render();
    if (how === 'keyboard') this.card.focus();
  }

  private render(): void {
    if (!this.shown) return;
    const { match, range, data } = this.shown;
    this.card.show(range, {
      card: data,
      notice: this.notice,
      onClose: byReader(() => this.closeHover()),
      onCompare: byReader(() => this.openPanel(match)),
      onOpenSource: (source, event) => byReader(() => this.openSource(match, source))(event),
      onMute: byReader(() => {
        this.closeHover();
        void changeSettings((s) => withMuted(s, match.id, true));
      }),
      onSiteOff: byReader(() => {
        this.closeHover();
        void changeSettings((s) => withSite(s, this.host, false));
      }),
    });
  }

  /** Asks the background to open the saved copy of `source`, an article of `match`'s card. */
  private openSource(match: PaintedMatch, source: string): void {
    askBackground('open-source', { id: match.id, text: this.page.contextOf(match, CONTEXT_CHARS), source }).catch(() => undefined);
  }

  /** Asks the background to open the side panel on `match`; says how to open it where the browser refused. */
  private openPanel(match: PaintedMatch): void {
    askBackground('open-panel', { id: match.id, text: this.page.contextOf(match, CONTEXT_CHARS) })
      .then((reply) => {
        this.notice = reply?.opened ? undefined : PANEL_REFUSED;
        this.render();
      })
      .catch(() => undefined);
  }
}

/** A card's button acts only on the reader's own click or key: an event a script made (`isTrusted` false) does nothing. */
function byReader(act: () => void): (event?: Event) => void {
  return (event) => {
    if (event && !event.isTrusted) return;
    act();
  };
}
