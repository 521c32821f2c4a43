package org.shoppingapi.rest.outbound.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The delivery-time check (SPEC §6): the HTTP client connects only to addresses this resolver hands it, and it hands
 * none that {@link TargetAddressRules} refuses, so the address actually connected to is always a checked one (a name
 * re-pointed inward after subscribing, DNS rebinding included, fails the attempt without sending anything).
 */
final class TargetCheckingDnsResolver implements DnsResolver {

    private final TargetAddressRules rules;

    TargetCheckingDnsResolver(TargetAddressRules rules) {
        this.rules = rules;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = CheckedWebhookTargets.bare(host);
        if (rules.hostProblem(bare).isPresent()) {
            throw new RefusedTargetException(host);
        }
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(bare);
        for (InetAddress address : addresses) {
            Optional<String> problem = rules.addressProblem(address);
            if (problem.isPresent()) {
                throw new RefusedTargetException(host);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** A target refused by the rules; the connection is never opened. */
    static final class RefusedTargetException extends UnknownHostException {
        RefusedTargetException(String host) {
            super("webhook target " + host + " is not allowed");
        }
    }
}
