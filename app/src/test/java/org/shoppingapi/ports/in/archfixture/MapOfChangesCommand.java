package org.shoppingapi.ports.in.archfixture;

import java.util.Map;

/** Breaks in_port_commands_take_typed_changes_not_field_maps: changes keyed by wire names. */
public record MapOfChangesCommand(String orderRef, Map<String, Object> changes) {
}
