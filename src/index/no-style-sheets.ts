/**
 * Stands in for linkedom's CSS parser (cssomnom) in the extension's build.
 * linkedom parses a `<style>` element's text only when `.sheet` is read, and
 * neither Readability nor the intake reads it; the parser is a fifth of the
 * background script, which every cold start of the service worker compiles.
 * `test/index/parse-html.test.ts` holds the intake to never reading a sheet.
 */
export function parse(): never {
  throw new Error('Sourcelight reads no style sheets');
}
