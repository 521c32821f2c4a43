package org.shoppingapi.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisterClientUseCase;
import org.shoppingapi.ports.in.auth.RegisteredClient;

/**
 * Registers the API clients of {@code SHOPPING_CLIENTS} (SPEC §1) at start: a JSON array of
 * {@code {"account_id", "client_id", "client_secret", "scopes": [...]}}, each upserted. A mistake stops the
 * start with a message naming the entry and field, and never quoting a value (the text holds secrets).
 */
final class ClientProvisioning {

    private static final Logger LOG = Logger.getLogger(ClientProvisioning.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SOURCE = "SHOPPING_CLIENTS";

    private ClientProvisioning() {
    }

    /** Parses and registers every client; logs each client id, account and scopes (no secret). */
    static List<RegisteredClient> register(Optional<String> json, RegisterClientUseCase registration) {
        if (json.isEmpty()) {
            return List.of();
        }
        List<RegisteredClient> registered = new ArrayList<>();
        List<RegisterClientCommand> commands = parse(json.get());
        for (int i = 0; i < commands.size(); i++) {
            RegisteredClient client;
            try {
                client = registration.register(commands.get(i));
            } catch (ValidationException e) {
                throw new IllegalArgumentException(SOURCE + "[" + i + "]: " + e.getMessage());
            }
            LOG.info("API client " + client.clientId() + " of account " + client.accountId() + " registered from "
                    + SOURCE + " with scopes " + client.scopes());
            registered.add(client);
        }
        return registered;
    }

    static List<RegisterClientCommand> parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the text around the error, i.e. a secret: give the position only.
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(SOURCE + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(SOURCE + " must be a JSON array of "
                    + "{\"account_id\", \"client_id\", \"client_secret\", \"scopes\": [...]}");
        }
        List<RegisterClientCommand> commands = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            commands.add(command(root.get(i), SOURCE + "[" + i + "]"));
        }
        return commands;
    }

    private static RegisterClientCommand command(JsonNode entry, String path) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException(path + " must be an object");
        }
        String account = requiredText(entry, "account_id", path);
        String clientId = requiredText(entry, "client_id", path);
        String secret = requiredText(entry, "client_secret", path);
        JsonNode scopes = entry.get("scopes");
        if (scopes == null || !scopes.isArray()) {
            throw new IllegalArgumentException(path + ".scopes must be an array of scope names");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            if (!scopes.get(i).isTextual()) {
                throw new IllegalArgumentException(path + ".scopes[" + i + "] must be a string");
            }
            names.add(scopes.get(i).asText());
        }
        try {
            return new RegisterClientCommand(account, Optional.of(clientId), Optional.of(secret), names);
        } catch (ValidationException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    private static String requiredText(JsonNode entry, String field, String path) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + " is required (a string)");
        }
        return value.asText();
    }
}
