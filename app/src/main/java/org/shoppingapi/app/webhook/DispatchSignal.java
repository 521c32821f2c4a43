package org.shoppingapi.app.webhook;

import java.time.Duration;

/**
 * Wakes the dispatcher: after a commit that wrote deliveries, and when an attempt frees a slot. A nudge given
 * while the dispatcher is busy is remembered, so none is lost between its last claim and its next wait.
 */
public final class DispatchSignal {

    private boolean nudged;

    public synchronized void nudge() {
        nudged = true;
        notifyAll();
    }

    /** Returns at the first nudge (or a remembered one) or after {@code max}. */
    synchronized void await(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!nudged) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        nudged = false;
    }
}
