package org.fieldbook.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of a report: {@code <country-slug>/<profile-slug>/<year>}, for example
 * {@code russian-federation/mine-ban-policy/2021}.
 */
public record ReportId(String countrySlug, String profileSlug, int year) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    public ReportId {
        Objects.requireNonNull(countrySlug, "countrySlug");
        Objects.requireNonNull(profileSlug, "profileSlug");
        if (!SLUG.matcher(countrySlug).matches() || !SLUG.matcher(profileSlug).matches()) {
            throw new IllegalArgumentException("not a report id slug: " + countrySlug + "/" + profileSlug);
        }
    }

    /** The id of a report of this country, profile type and year. */
    public static ReportId of(String country, String profileType, int year) {
        return new ReportId(slug(country), slug(profileType), year);
    }

    /**
     * Parses {@code country/profile/year}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not an id
     */
    public static ReportId parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 3 || !SLUG.matcher(parts[0]).matches() || !SLUG.matcher(parts[1]).matches()
                || !parts[2].matches("\\d{4}")) {
            throw new IllegalArgumentException("'" + text + "' is not a report id (expected country/profile/year, "
                    + "for example russian-federation/mine-ban-policy/2021)");
        }
        return new ReportId(parts[0], parts[1], Integer.parseInt(parts[2]));
    }

    /** Lower-case ASCII words joined by hyphens: "Myanmar/Burma" becomes "myanmar-burma". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    @Override
    public String toString() {
        return countrySlug + "/" + profileSlug + "/" + year;
    }
}
