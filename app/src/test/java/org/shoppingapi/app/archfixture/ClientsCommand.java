package org.shoppingapi.app.archfixture;

/**
 * Breaks "the clients command uses no inbound REST class" on purpose, and only indirectly: its subcommand reads
 * settings that hold a class of the API, the way the real command once did through AuthSettings.
 */
public class ClientsCommand {

    /** A subcommand, like the real command's nested {@code Create}. */
    public static class Create {
        public String limits() {
            return new SettingsHoldingAnApiClass().describe();
        }
    }
}
