import { BlockList, isIP } from 'node:net';

/**
 * Addresses a server must not open on a client's behalf: loopback, private, link-local,
 * carrier-grade NAT, unspecified, multicast, broadcast, and the reserved and documentation
 * ranges. IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4) are judged by that
 * address; see isPublicAddress.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, and the deprecated IPv4-compatible form (::7f00:1)
  ['2001::', 32], // Teredo: tunnels to an IPv4 address that cannot be checked
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/**
 * IPv6 ranges that carry an IPv4 address inside, with where it sits (in 16-bit groups): the
 * connection ends up at that IPv4 address, so it must pass the IPv4 rules.
 */
const EMBEDDING: { network: string; prefix: number; group: number }[] = [
  { network: '::ffff:0:0', prefix: 96, group: 6 }, // IPv4-mapped
  { network: '64:ff9b::', prefix: 96, group: 6 }, // NAT64, well-known prefix
  { network: '2002::', prefix: 16, group: 1 }, // 6to4
];
const EMBEDDINGS = EMBEDDING.map(({ network, prefix, group }) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, 'ipv6');
  return { list, group };
});

/** The eight 16-bit groups of an IPv6 address (valid per isIP), a trailing dotted quad included. */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The IPv4 address inside an IPv6 address of one of the EMBEDDING ranges, else null. */
function embeddedIpv4(address: string): string | null {
  const found = EMBEDDINGS.find(({ list }) => list.check(address, 'ipv6'));
  if (!found) return null;
  const groups = ipv6Groups(address);
  const high = groups[found.group] ?? 0;
  const low = groups[found.group + 1] ?? 0;
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** True for an IP address anyone on the internet could reach; false for the ranges above. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (NOT_PUBLIC.check(address, 'ipv6')) return false;
  const inside = embeddedIpv4(address);
  return inside === null || !NOT_PUBLIC.check(inside, 'ipv4');
}

/** URL hostnames keep IPv6 literals in brackets; strip them for address checks. */
export function bareHostname(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
