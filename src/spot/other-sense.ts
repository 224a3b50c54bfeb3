/**
 * The page-wide rule for a place whose name also names another place (see
 * `SpotEntity.otherSense`): a text means the other place when it holds one of
 * the entity's cues ("Seattle" for Washington) and names nothing else the
 * index knows. A page about Xi's visit names Seattle too, and there
 * Washington is the capital. Applied by the matcher to one text and by the
 * page's spotter to a whole page.
 */
interface Has {
  has(id: string): boolean;
}

/** `cued`: entities with a cue in the text; `anchors`: entities it names by a strong alias. */
export function meansOtherPlace(id: string, cued: Has, anchors: Has & { readonly size: number }): boolean {
  return cued.has(id) && anchors.size === (anchors.has(id) ? 1 : 0);
}
