package org.fieldbook.offline;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (META-INF/services, autodetection on): fails any test
 * during which something opened, or tried to open, a socket, even if the code swallowed
 * the failure.
 */
public final class OfflineExtension implements BeforeAllCallback, AfterEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        NetworkAttempts.install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> attempts = NetworkAttempts.drain();
        if (!attempts.isEmpty()) {
            throw new AssertionError("Fieldbook must never use the network, but " + context.getDisplayName()
                    + " tried to open " + attempts.size() + " socket(s); the first from:\n" + attempts.get(0));
        }
    }
}
