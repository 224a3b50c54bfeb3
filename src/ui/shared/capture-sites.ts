/** Well-known outlets of cyber-policy news the welcome page offers to remember (nothing is chosen until the reader ticks one). */
export const SUGGESTED_CAPTURE_SITES: { origin: string; name: string }[] = [
  { origin: 'https://therecord.media', name: 'The Record' },
  { origin: 'https://cyberscoop.com', name: 'CyberScoop' },
  { origin: 'https://www.lawfaremedia.org', name: 'Lawfare' },
  { origin: 'https://www.theregister.com', name: 'The Register' },
  { origin: 'https://www.bleepingcomputer.com', name: 'BleepingComputer' },
  { origin: 'https://krebsonsecurity.com', name: 'Krebs on Security' },
  { origin: 'https://www.darkreading.com', name: 'Dark Reading' },
  { origin: 'https://www.wired.com', name: 'WIRED' },
];
