/** `text` with every character a regular expression gives a meaning to escaped: it then matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
