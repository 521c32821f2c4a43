package org.shoppingapi.rest.outbound.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SPEC §6's rule for webhook targets, on addresses: no loopback, unspecified, private (RFC 1918, fc00::/7), shared
 * (100.64.0.0/10), link-local (169.254.0.0/16 with the cloud metadata address, fe80::/10), multicast or broadcast
 * address, and none of this machine's own addresses (its own port included, whatever interface it listens on).
 * IPv4 addresses inside IPv6 ones (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::/96, 2002::/16) are judged as the IPv4 address.
 * With {@code allowPrivate} (WEBHOOKS_ALLOW_PRIVATE_TARGETS, for local development and tests) every address is allowed.
 */
public final class TargetAddressRules {

    /** Hosts made only of digits, hex digits, x and dots: an IP address, or something resolvers read as one. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9a-f]+)(\\.(0x[0-9a-f]*|[0-9a-f]*))*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_DECIMAL = Pattern.compile(
            "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private final boolean allowPrivate;
    private final Set<InetAddress> ownAddresses;

    public TargetAddressRules(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
        this.ownAddresses = allowPrivate ? Set.of() : ownAddresses();
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /**
     * Why a URL's host, as written, is refused before any look-up: {@code localhost} and its subdomains, and an IPv4
     * address in any form but four decimal numbers ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}), which
     * resolvers disagree about.
     */
    public Optional<String> hostProblem(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String name = (bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare).toLowerCase(Locale.ROOT);
        if (!allowPrivate && (name.equals("localhost") || name.endsWith(".localhost"))) {
            // RFC 6761: always this machine, however (or whether) the resolver answers for it.
            return Optional.of("must not name this machine (localhost)");
        }
        if (!bare.contains(":") && NUMERIC_HOST.matcher(bare).matches() && !DOTTED_DECIMAL.matcher(bare).matches()
                && looksNumeric(bare)) {
            return Optional.of("must write an IPv4 address as four decimal numbers (a.b.c.d)");
        }
        return Optional.empty();
    }

    /** A host of hex digits only (e.g. {@code cafe}) is a name; one with a digit in every label or 0x is a number. */
    private static boolean looksNumeric(String host) {
        for (String label : host.split("\\.", -1)) {
            if (!label.isEmpty() && !label.toLowerCase(Locale.ROOT).startsWith("0x") && !label.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Why webhooks may not be sent to {@code address}, or empty if they may. */
    public Optional<String> addressProblem(InetAddress address) {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress judged = embeddedIpv4(address).orElse(address);
        if (judged.isLoopbackAddress() || judged.isAnyLocalAddress() || judged.isLinkLocalAddress()
                || judged.isSiteLocalAddress() || judged.isMulticastAddress() || isSpecialIpv4(judged)
                || isUniqueLocalIpv6(judged) || ownAddresses.contains(judged)) {
            return Optional.of("must not resolve to a loopback, private, link-local, unspecified, multicast or"
                    + " broadcast address, nor to this service's own");
        }
        return Optional.empty();
    }

    private static boolean isSpecialIpv4(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                        // "this network", 0.0.0.0/8
                || (first == 100 && second >= 64 && second < 128) // shared address space (carrier-grade NAT)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || first >= 240;                                 // reserved and 255.255.255.255 (broadcast)
    }

    private static boolean isUniqueLocalIpv6(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** The IPv4 address an IPv6 one carries: IPv4-compatible, IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        try {
            if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                if (allZero(b, 0, 16)) {
                    return Optional.empty();
                }
                return Optional.of(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
            }
            if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
                return Optional.of(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return Optional.of(InetAddress.getByAddress(new byte[]{b[2], b[3], b[4], b[5]}));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> own = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                own.addAll(Collections.list(network.getInetAddresses()));
            }
        } catch (SocketException | RuntimeException e) {
            // Without the list, the other rules still keep loopback and private addresses out.
        }
        return Set.copyOf(own);
    }
}
