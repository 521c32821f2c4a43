package org.shoppingapi.ports.out.webhook;

import java.time.Duration;
import java.util.List;

/**
 * The due deliveries, shared by every service instance on one database. A claim is exclusive for its lease:
 * no other dispatcher gets the delivery until the lease runs out or the outcome is recorded, so a dispatcher that
 * dies mid-attempt delays the delivery by at most the lease and never loses it. Claims are fair across accounts
 * (SPEC §6): each account has at most its share of deliveries in flight, and a claim takes every account's oldest due
 * delivery before any account's next one. An outcome counts only under the claim it was made with.
 */
public interface DeliveryQueue {

    /** Claims up to {@code max} due pending deliveries for {@code lease}, counting one more attempt on each. */
    List<ClaimedDelivery> claimDue(int max, Duration lease);

    /** The receiver took it: done. */
    void delivered(ClaimedDelivery delivery, AttemptResult result);

    /** The attempt failed; try again after {@code delay}. */
    void retryLater(ClaimedDelivery delivery, AttemptResult result, Duration delay);

    /** The attempt failed for good (a 4xx, or the last attempt). */
    void failed(ClaimedDelivery delivery, AttemptResult result);
}
