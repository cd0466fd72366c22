package tw.coloaudit.facts.firewall;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * IP address literals and CIDR blocks as CONTROLS.md reads them for NET-ISOLATION: what is
 * private (RFC 1918, 100.64.0.0/10, loopback, link-local, fc00::/7) and whether a block holds an
 * address. Only literals are parsed; a host name is never looked up.
 */
public final class Ip {

  private Ip() {}

  /** The address as a 128-bit number (IPv4 mapped into ::ffff:0:0/96), or null when not a literal. */
  public static BigInteger parse(String text) {
    if (text == null) return null;
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) t = t.substring(1, t.length() - 1);
    int zone = t.indexOf('%');
    if (zone > 0) t = t.substring(0, zone);
    long v4 = ipv4(t);
    if (v4 >= 0) return BigInteger.valueOf(v4).or(V4_MAPPED);
    if (t.indexOf(':') < 0 || !t.matches("[0-9A-Fa-f:.]+")) return null;
    try {
      byte[] b = InetAddress.getByName(t).getAddress(); // a literal: no name lookup happens
      if (b.length == 4) return BigInteger.valueOf(ipv4(t)).or(V4_MAPPED);
      return new BigInteger(1, b);
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }

  private static final BigInteger V4_MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);

  /** A dotted IPv4 literal as an unsigned number, or -1. */
  public static long ipv4(String t) {
    long value = 0;
    int parts = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      int start = i;
      int octet = 0;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        octet = octet * 10 + (t.charAt(i) - '0');
        i++;
        if (i - start > 3) return -1;
      }
      if (i == start || octet > 255) return -1;
      value = (value << 8) | octet;
      parts++;
      if (i < n) {
        if (t.charAt(i) != '.' || parts == 4) return -1;
        i++;
        if (i == n) return -1;
      }
    }
    return parts == 4 ? value : -1;
  }

  /** Whether an IPv4 address (as from {@link #ipv4}) is private, loopback or link-local. */
  public static boolean isPrivateV4(long a) {
    return (a >>> 24) == 10
        || (a >>> 20) == (172L << 4 | 1)
        || (a >>> 16) == (192L << 8 | 168)
        || (a >>> 22) == (100L << 2 | 1)
        || (a >>> 24) == 127
        || (a >>> 16) == (169L << 8 | 254);
  }

  /** TRUE when private, FALSE when an Internet address, null when {@code text} is no address literal. */
  public static Boolean isPrivate(String text) {
    if (text == null) return null;
    long v4 = ipv4(text);
    if (v4 >= 0) return isPrivateV4(v4);
    BigInteger a = parse(text);
    if (a == null) return null;
    if (a.shiftRight(32).equals(BigInteger.valueOf(0xffffL))) return isPrivateV4(a.longValue() & 0xffffffffL);
    if (a.equals(BigInteger.ONE)) return true; // ::1
    int top16 = a.shiftRight(112).intValue();
    if ((top16 & 0xffc0) == 0xfe80) return true; // fe80::/10
    return (top16 & 0xfe00) == 0xfc00; // fc00::/7
  }

  /**
   * Whether a rule's address cell reaches {@code host}: the cell is an address equal to it, or a
   * CIDR block holding it, or an {@code a-b} range holding it. Null when either is not a literal.
   */
  public static Boolean contains(String cell, String host) {
    BigInteger h = parse(host);
    if (h == null || cell == null) return null;
    String c = cell.strip().toLowerCase(Locale.ROOT);
    int slash = c.indexOf('/');
    if (slash > 0) {
      BigInteger base = parse(c.substring(0, slash));
      if (base == null) return null;
      int bits;
      try {
        bits = Integer.parseInt(c.substring(slash + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      boolean v4 = ipv4(c.substring(0, slash)) >= 0;
      int hostBits = (v4 ? 32 : 128) - bits;
      if (hostBits < 0 || bits < 0) return null;
      return base.shiftRight(hostBits).equals(h.shiftRight(hostBits));
    }
    int dash = c.indexOf('-');
    if (dash > 0) {
      BigInteger lo = parse(c.substring(0, dash));
      BigInteger hi = parse(c.substring(dash + 1));
      if (lo == null || hi == null) return null;
      return lo.compareTo(h) <= 0 && h.compareTo(hi) <= 0;
    }
    BigInteger a = parse(c);
    return a == null ? null : a.equals(h);
  }
}
