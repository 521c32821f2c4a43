package org.shoppingapi.app.archfixture;

import java.time.Duration;
import org.shoppingapi.rest.auth.TokenAttemptLimits;

/** The indirect step of the ClientsCommand fixture: settings built from a class of the inbound REST side. */
public class SettingsHoldingAnApiClass {
    public String describe() {
        return new TokenAttemptLimits.Settings(1, 1, Duration.ofSeconds(1)).toString();
    }
}
