package org.treatyarchive.web.shared;

import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parameters of a URL, read one way by the API and by the pages whose state is in their URL: a
 * missing or blank value is absent, a wrong one is refused with a {@link BadParameterException}
 * that names the parameter and says what it may be. Nothing is silently clamped or guessed: a link
 * that asks for page 0 or 1,000 rows is told so.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** A page number, from 1; 1 when absent. */
    public static int page(String value) {
        int page = number("page", value, 1);
        if (page < 1) {
            throw new BadParameterException("page", "Pages are numbered from 1; page=" + value + " does not exist.");
        }
        return page;
    }

    /** Rows per page, from 1 to {@link PageRequest#MAX_SIZE}; the fallback when absent. */
    public static int size(String value, int fallback) {
        int size = number("size", value, fallback);
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + PageRequest.MAX_SIZE + ", not " + value + ".");
        }
        return size;
    }

    /** A whole number; the fallback when absent. */
    public static int number(String parameter, String value, int fallback) {
        if (isBlank(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadParameterException(parameter, parameter + "=" + value + " is not a whole number.");
        }
    }

    /** A whole number, or {@code null} when absent. */
    public static Integer optionalNumber(String parameter, String value) {
        return isBlank(value) ? null : number(parameter, value, 0);
    }

    /** One of the enumeration's values by name, in any case, with {@code -} or a space for {@code _}; {@code null} when absent. */
    public static <E extends Enum<E>> E enumeration(String parameter, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new BadParameterException(parameter, parameter + "=" + value + " is not one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    /**
     * A day, month or year ({@code 2003-05-14}, {@code 2003-05}, {@code 2003}), as the day the bound
     * takes from it (its first day for "from", its last for "to"); {@code null} when absent.
     */
    public static LocalDate date(String parameter, String value, Function<HistoricalDate, LocalDate> bound) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return bound.apply(HistoricalDate.parse(value));
        } catch (IllegalArgumentException invalid) {
            throw new BadParameterException(parameter, parameter + ": " + invalid.getMessage());
        }
    }

    /**
     * The named parameters that have a value, in the order named, as a query string without its
     * {@code ?} ({@code q=Caspian+Sea&party=TM}); empty when none has. The order is fixed so that one
     * query is one address, which the page cache and the readers' bookmarks rely on.
     */
    public static String queryString(List<String> names, Map<String, String> values) {
        return names.stream().filter(name -> !isBlank(values.get(name)))
                .map(name -> name + "=" + URLEncoder.encode(values.get(name).strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
