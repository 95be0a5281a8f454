package org.peerpath.api.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A FHIR date search parameter ({@code date=ge2026-11-01}, {@code _lastUpdated=lt2026-11-20T10:00:00Z}) as bounds on
 * an instant column. A value is a range (a day, a month, a year, or an instant); the prefix says how the column
 * relates to it: {@code eq} within it, {@code ge}/{@code gt} at or after its start / after its end, {@code le}/{@code
 * lt} before its end / before its start. Dates without a zone are read in UTC.
 *
 * @param from inclusive lower bound, or null
 * @param to   exclusive upper bound, or null
 */
public record DateSearch(Instant from, Instant to) {

    public static final DateSearch ANY = new DateSearch(null, null);

    /** The intersection of all values of one parameter; {@code name} for the error. */
    public static DateSearch parse(String name, List<String> values) {
        Instant from = null;
        Instant to = null;
        for (String value : values == null ? List.<String>of() : values) {
            DateSearch one = parseOne(name, value.strip());
            if (one.from != null && (from == null || one.from.isAfter(from))) {
                from = one.from;
            }
            if (one.to != null && (to == null || one.to.isBefore(to))) {
                to = one.to;
            }
        }
        return new DateSearch(from, to);
    }

    private static DateSearch parseOne(String name, String value) {
        String prefix = "eq";
        if (value.length() > 2 && Character.isLetter(value.charAt(0)) && Character.isLetter(value.charAt(1))) {
            prefix = value.substring(0, 2);
            value = value.substring(2);
        }
        Instant[] range = range(name, value);
        return switch (prefix) {
            case "eq" -> new DateSearch(range[0], range[1]);
            case "ge", "sa" -> new DateSearch(prefix.equals("ge") ? range[0] : range[1], null);
            case "gt" -> new DateSearch(range[1], null);
            case "le" -> new DateSearch(null, range[1]);
            case "lt", "eb" -> new DateSearch(null, range[0]);
            default -> throw FhirException.invalidParameter(name, "has an unsupported prefix '" + prefix
                    + "' (use eq, ge, gt, le, lt, sa or eb)");
        };
    }

    /** The value's range: [start, end). */
    private static Instant[] range(String name, String value) {
        try {
            if (value.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(value), 1, 1);
                return new Instant[] { utc(start), utc(start.plusYears(1)) };
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return new Instant[] { utc(month.atDay(1)), utc(month.plusMonths(1).atDay(1)) };
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return new Instant[] { utc(day), utc(day.plusDays(1)) };
            }
            Instant instant = OffsetDateTime.parse(value).toInstant();
            return new Instant[] { instant, instant.plusSeconds(1) };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw FhirException.invalidParameter(name, "is not a FHIR date or dateTime");
        }
    }

    private static Instant utc(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Appends this range as conditions on {@code column}, with parameters named after {@code key}. */
    public void appendTo(StringBuilder sql, List<Object[]> parameters, String column, String key) {
        if (from != null) {
            sql.append(" and ").append(column).append(" >= :").append(key).append("From");
            parameters.add(new Object[] { key + "From", from });
        }
        if (to != null) {
            sql.append(" and ").append(column).append(" < :").append(key).append("To");
            parameters.add(new Object[] { key + "To", to });
        }
    }

    static List<Object[]> newParameters() {
        return new ArrayList<>();
    }
}
