import { isIPv6 } from 'node:net';

/**
 * The throttle key for a client address: IPv4 addresses as they are (IPv4-mapped IPv6 included),
 * IPv6 addresses by their /64, the block one subscriber usually holds.
 */
export function addressKey(address: string | undefined): string {
  const value = address ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) return `address:${mapped[1]}`;
  if (!isIPv6(value)) return `address:${value}`;
  const [head = '', tail] = value.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `address:${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}
