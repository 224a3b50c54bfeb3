declare module 'virtual:sourcelight/full-index' {
  const index: unknown;
  export default index;
}
declare module 'virtual:sourcelight/spot-index' {
  const index: unknown;
  export default index;
}
