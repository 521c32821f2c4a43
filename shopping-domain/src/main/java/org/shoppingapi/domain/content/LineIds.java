package org.shoppingapi.domain.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The line ids in use on one order. The rule that a line id names one line of an order lives here, with the words
 * each refusal of it uses: new content may not use an id twice ({@link #usedTwice}), a line added to a draft may not
 * take an id the draft uses ({@link #alreadyUsed}), and a draft completing into an order may not bring an id the order
 * has ({@link #alreadyALineOf}).
 */
public final class LineIds {

    private final Set<Integer> used;

    private LineIds(Set<Integer> used) {
        this.used = used;
    }

    /** No line id in use yet: the start for checking new content line by line. */
    public static LineIds none() {
        return new LineIds(new HashSet<>());
    }

    /** The line ids {@code items} use. */
    public static LineIds of(List<Item> items) {
        LineIds ids = none();
        for (Item item : items) {
            ids.used.add(item.lineId());
        }
        return ids;
    }

    /** True when a line already has {@code lineId}. */
    public boolean contains(int lineId) {
        return used.contains(lineId);
    }

    /** Takes {@code lineId} for a new line: false, and nothing taken, when a line already has it. */
    public boolean claim(int lineId) {
        return used.add(lineId);
    }

    /** The refusal of a second line with {@code lineId} in content sent at once. */
    public static String usedTwice(int lineId) {
        return "must be unique in the order, " + lineId + " is used twice";
    }

    /** The refusal of a line added with a {@code lineId} the order already uses. */
    public static String alreadyUsed(int lineId) {
        return "must be unique in the order, " + lineId + " is already used";
    }

    /** The refusal of a completing draft's line whose {@code lineId} is already a line of order {@code orderId}. */
    public static String alreadyALineOf(int lineId, String orderId) {
        return lineId + " is already a line of order " + orderId;
    }
}
