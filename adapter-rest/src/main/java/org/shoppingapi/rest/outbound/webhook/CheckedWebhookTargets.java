package org.shoppingapi.rest.outbound.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.shoppingapi.ports.out.webhook.WebhookTargets;

/**
 * The subscription-time check of a webhook URL (SPEC §6): its host as written, then every address it resolves to now.
 * A name that does not resolve yet is accepted; each delivery checks again what it connects to
 * ({@link TargetCheckingDnsResolver}), so a name that later resolves inward is never sent to either.
 */
public final class CheckedWebhookTargets implements WebhookTargets {

    private final TargetAddressRules rules;

    public CheckedWebhookTargets(TargetAddressRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<String> refusal(URI url) {
        if (rules.allowsPrivate()) {
            return Optional.empty();
        }
        String host = url.getHost();
        Optional<String> written = rules.hostProblem(host);
        if (written.isPresent()) {
            return written;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare(host))) {
                Optional<String> problem = rules.addressProblem(address);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        } catch (UnknownHostException | SecurityException notResolvableNow) {
            return Optional.empty();
        }
    }

    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
