/** 127.0.0.0/8, ::1, and IPv4 loopback written as IPv6: a caller on this machine. */
export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined && (address === '::1' || /^(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address));
