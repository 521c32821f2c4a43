package org.shoppingapi.ports.out.webhook;

/**
 * Makes one delivery attempt: POSTs the signed body to the subscription's URL within the configured timeout. Never
 * throws for the receiver's or the network's failures; they are the result.
 */
public interface WebhookSender {

    AttemptResult send(ClaimedDelivery delivery);
}
