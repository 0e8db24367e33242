package org.fieldbook.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of the window, from {@code org/fieldbook/ui/messages*.properties}. */
public final class Messages {
    private static final String BUNDLE = "org.fieldbook.ui.messages";
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The English strings, as tests use them. */
    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** The string for {@code key}, with {0}, {1}... filled in. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key, e);
        }
        // Always through MessageFormat, so every pattern follows one quoting rule (write ’, not ').
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
