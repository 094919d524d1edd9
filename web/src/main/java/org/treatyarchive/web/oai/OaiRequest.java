package org.treatyarchive.web.oai;

import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.HarvestQuery;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A harvester's request, checked as the protocol says (each verb takes exactly its own arguments,
 * once each), and the resumption token that carries a list on from one page to the next. The token
 * holds the whole question and the position (the last change and id of the page before), so the
 * server keeps nothing between pages and a token never expires.
 */
final class OaiRequest {

    static final Set<String> VERBS = Set.of("Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final String TOKEN_VERSION = "1";

    /** A request the protocol refuses, with its error code (badVerb, badArgument …). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** A list request as the harvester asked it: the format and the records' query. */
    record ListQuery(String metadataPrefix, HarvestQuery query) {
    }

    private OaiRequest() {
    }

    /** The verb, once, and one the protocol knows. */
    static String verb(Map<String, String[]> parameters) throws Refused {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length != 1 || !VERBS.contains(verbs[0])) {
            throw new Refused("badVerb", verbs == null ? "The request has no verb." : verbs.length > 1 ? "The verb is given more than once."
                    : "'" + verbs[0] + "' is not an OAI-PMH verb; the verbs are " + String.join(", ", VERBS.stream().sorted().toList()) + ".");
        }
        return verbs[0];
    }

    /** Refuses arguments the verb does not take, arguments given twice and required ones left out. */
    static void arguments(Map<String, String[]> parameters, Set<String> allowed, Set<String> required) throws Refused {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().equals("verb")) {
                continue;
            }
            if (!allowed.contains(parameter.getKey())) {
                throw new Refused("badArgument", "This verb does not take the argument '" + parameter.getKey() + "'.");
            }
            if (parameter.getValue().length != 1) {
                throw new Refused("badArgument", "The argument '" + parameter.getKey() + "' is given more than once.");
            }
        }
        for (String name : required) {
            if (!parameters.containsKey(name)) {
                throw new Refused("badArgument", "This verb needs the argument '" + name + "'.");
            }
        }
    }

    static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    /**
     * The records a ListIdentifiers or ListRecords asks for: from its arguments, or from its token,
     * which stands alone (the protocol allows no other argument beside it).
     */
    static ListQuery list(Map<String, String[]> parameters, Set<String> prefixes) throws Refused {
        String token = one(parameters, "resumptionToken");
        if (token != null) {
            arguments(parameters, Set.of("resumptionToken"), Set.of());
            return token(token, prefixes);
        }
        arguments(parameters, Set.of("metadataPrefix", "from", "until", "set"), Set.of("metadataPrefix"));
        String prefix = one(parameters, "metadataPrefix");
        if (!prefixes.contains(prefix)) {
            throw new Refused("cannotDisseminateFormat", "The archive gives no records as '" + prefix + "'; it gives " + String.join(", ", prefixes) + ".");
        }
        String from = one(parameters, "from");
        String until = one(parameters, "until");
        if (from != null && until != null && from.length() != until.length()) {
            throw new Refused("badArgument", "'from' and 'until' must have the same granularity (both days or both seconds).");
        }
        Instant start = from == null ? null : instant("from", from, false);
        Instant before = until == null ? null : instant("until", until, true);
        if (start != null && before != null && !start.isBefore(before)) {
            throw new Refused("badArgument", "'from' (" + from + ") is after 'until' (" + until + ").");
        }
        AgreementKind kind = null;
        String party = null;
        String set = one(parameters, "set");
        // "kind" and "party" are the two sets above the others: every record has a kind and parties, so they narrow nothing.
        if (set != null && !set.equals("kind") && !set.equals("party")) {
            if (set.startsWith("kind:")) {
                kind = kind(set.substring("kind:".length()));
                if (kind == null) {
                    throw new Refused("noRecordsMatch", "There is no set '" + set + "'; ListSets names them.");
                }
            } else if (set.startsWith("party:") && set.length() > "party:".length()) {
                party = set.substring("party:".length());
            } else {
                throw new Refused("noRecordsMatch", "There is no set '" + set + "'; ListSets names them.");
            }
        }
        return new ListQuery(prefix, new HarvestQuery(start, before, kind, party, null, 0));
    }

    /** The token that carries a list on after its page: the question and the position, in the URL-safe Base64 of a line of text. */
    static String token(String prefix, HarvestQuery next) {
        String text = String.join("|", TOKEN_VERSION, prefix, stamp(next.from()), stamp(next.before()),
                next.kind() == null ? "" : next.kind().name(), next.partyCode() == null ? "" : next.partyCode(),
                stamp(next.afterChange()), Long.toString(next.afterId()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ListQuery token(String token, Set<String> prefixes) throws Refused {
        try {
            List<String> parts = List.of(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1));
            if (parts.size() != 8 || !parts.get(0).equals(TOKEN_VERSION) || !prefixes.contains(parts.get(1))) {
                throw new IllegalArgumentException("not a token of this archive");
            }
            HarvestQuery query = new HarvestQuery(fromStamp(parts.get(2)), fromStamp(parts.get(3)),
                    parts.get(4).isEmpty() ? null : AgreementKind.valueOf(parts.get(4)), parts.get(5).isEmpty() ? null : parts.get(5),
                    fromStamp(parts.get(6)), Long.parseLong(parts.get(7)));
            return new ListQuery(parts.get(1), query);
        } catch (IllegalArgumentException | DateTimeException broken) {
            throw new Refused("badResumptionToken", "The resumption token is not one this archive gave; start the list again without it.");
        }
    }

    /** A datestamp argument: a day or a second in UTC; an 'until' is inclusive, so the bound is the next day or second. */
    private static Instant instant(String name, String value, boolean until) throws Refused {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return (until ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (SECOND.matcher(value).matches()) {
                Instant second = Instant.parse(value);
                return until ? second.plus(Duration.ofSeconds(1)) : second;
            }
        } catch (DateTimeException notADate) {
            // answered below, with the forms the archive takes
        }
        throw new Refused("badArgument", "'" + name + "' is '" + value + "'; give a day (2018-08-12) or a second in UTC (2018-08-12T10:00:00Z).");
    }

    private static AgreementKind kind(String name) {
        for (AgreementKind kind : AgreementKind.values()) {
            if (kind.name().equals(name.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    /** An instant to its nanosecond, as exactly as the database compares the last change of the page before. */
    private static String stamp(Instant at) {
        return at == null ? "" : at.getEpochSecond() + "." + at.getNano();
    }

    private static Instant fromStamp(String stamp) {
        if (stamp.isEmpty()) {
            return null;
        }
        String[] parts = stamp.split("\\.");
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}
