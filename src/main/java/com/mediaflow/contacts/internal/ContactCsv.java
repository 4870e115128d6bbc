package com.mediaflow.contacts.internal;

import com.mediaflow.shared.web.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a contacts CSV file: UTF-8 (a byte-order mark is fine), a header row, then one contact per
 * row. The delimiter is a comma, a semicolon or a tab, whichever the header uses most. Columns are
 * matched to fields by an explicit mapping (field to header) first, then by {@link ImportField}'s
 * header names; {@code custom.<key>} columns fill custom fields; other columns are ignored and
 * reported. Problems with the file as a whole are fatal ({@link InvalidInputException}); problems of
 * one row are left to the row.
 */
final class ContactCsv {

    private ContactCsv() {}

    /** The file read: the columns it ignored and its rows with values. */
    record Parsed(List<String> ignoredColumns, List<Row> rows) {}

    /**
     * One data row.
     *
     * @param number the row's place in the file, the header being row 1
     * @param values the non-blank values, by field
     * @param customFields the non-blank values of custom-field columns, by key
     * @param problem what makes the row unreadable, if anything
     */
    record Row(
            long number,
            Map<ImportField, String> values,
            Map<String, String> customFields,
            @Nullable String problem) {

        @Nullable
        String get(ImportField field) {
            return values.get(field);
        }
    }

    /** Where a column goes: a field, a custom field, or nowhere. */
    private record Target(
            @Nullable ImportField field, @Nullable String customKey) {}

    static Parsed parse(byte[] bytes, Map<String, String> mapping, int maxRows) {
        var text = decode(bytes);
        if (text.isBlank()) {
            throw InvalidInputException.field("file", "is empty; it needs a header row and at least one contact");
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw InvalidInputException.field("file", "has no header row");
            }
            var header = records.next().toList();
            var targets = targets(header, mapping);
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (targets.get(i) == null && !header.get(i).isBlank()) {
                    ignored.add(header.get(i));
                }
            }
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                var record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw InvalidInputException.field(
                            "file", "has more than " + maxRows + " rows; split it into smaller files");
                }
                rows.add(row(record, header.size(), targets));
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.field("file", "has a header row but no contacts");
            }
            return new Parsed(List.copyOf(ignored), List.copyOf(rows));
        } catch (UncheckedIOException e) {
            throw InvalidInputException.field("file", "is not valid CSV: " + rootMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string does not fail", e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw InvalidInputException.field(
                        "file", "is not a text file; export the sheet as \"CSV UTF-8\" and upload that");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.field(
                    "file", "is not UTF-8 text; save it as \"CSV UTF-8\" (or export it again) and upload that");
        }
    }

    /** The character the header row uses most among comma, semicolon and tab; a comma on a tie. */
    private static char delimiter(String text) {
        var end = text.indexOf('\n');
        var firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** For each column of the header, where its values go ({@code null}: ignored). */
    private static List<@Nullable Target> targets(List<String> header, Map<String, String> mapping) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            var previous = columns.put(name.toLowerCase(Locale.ROOT), i);
            if (previous != null) {
                throw InvalidInputException.field("file", "has the column '" + name + "' twice");
            }
        }
        List<@Nullable Target> targets = new ArrayList<>();
        header.forEach(name -> targets.add(null));
        Map<String, String> filledBy = new HashMap<>();
        Set<String> mapped = new HashSet<>();
        mapping.forEach((field, column) -> {
            var index = columns.get(column.strip().toLowerCase(Locale.ROOT));
            if (index == null) {
                throw InvalidInputException.field(
                        "mapping", "maps " + field + " to the column '" + column + "', which the file does not have");
            }
            if (targets.get(index) != null) {
                throw InvalidInputException.field("mapping", "maps the column '" + column + "' to two fields");
            }
            var target = mappedTarget(field);
            if (mapped.contains(key(target))) {
                throw InvalidInputException.field("mapping", "maps two columns to " + key(target));
            }
            targets.set(index, target);
            filledBy.put(key(target), header.get(index));
            mapped.add(key(target));
        });
        for (int i = 0; i < header.size(); i++) {
            if (targets.get(i) != null || header.get(i).isBlank()) {
                continue;
            }
            var target = defaultTarget(header.get(i));
            if (target.isEmpty()) {
                continue;
            }
            if (mapped.contains(key(target.get()))) {
                continue; // the mapping chose another column for this field
            }
            var other = filledBy.get(key(target.get()));
            if (other != null) {
                throw InvalidInputException.field(
                        "file",
                        "has two columns for " + key(target.get()) + " ('" + other + "' and '" + header.get(i)
                                + "'); send a mapping that names the one to use");
            }
            targets.set(i, target.get());
            filledBy.put(key(target.get()), header.get(i));
        }
        if (targets.stream().allMatch(target -> target == null)) {
            throw InvalidInputException.field(
                    "file",
                    "has no column that is a contact field; name the columns like "
                            + String.join(", ", ImportField.apiNames()) + " (or custom.<key>), or send a mapping");
        }
        return targets;
    }

    private static Target mappedTarget(String field) {
        var custom = customKey(field);
        if (custom.isPresent()) {
            return new Target(null, custom.get());
        }
        return ImportField.byApiName(field)
                .map(known -> new Target(known, null))
                .orElseThrow(() -> InvalidInputException.field(
                        "mapping",
                        "has the unknown field '" + field + "'; fields: " + String.join(", ", ImportField.apiNames())
                                + ", custom.<key>"));
    }

    private static Optional<Target> defaultTarget(String header) {
        var custom = customKey(header);
        if (custom.isPresent()) {
            return Optional.of(new Target(null, custom.get()));
        }
        return ImportField.byHeader(header).map(field -> new Target(field, null));
    }

    /** {@code custom.Instagram Handle} is the custom field {@code instagram_handle}. */
    private static Optional<String> customKey(String name) {
        var lower = name.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith(ImportField.CUSTOM_PREFIX) || lower.length() == ImportField.CUSTOM_PREFIX.length()) {
            return Optional.empty();
        }
        var key = lower.substring(ImportField.CUSTOM_PREFIX.length())
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static String key(Target target) {
        return target.field() != null ? target.field().apiName() : ImportField.CUSTOM_PREFIX + target.customKey();
    }

    private static Row row(CSVRecord record, int columns, List<@Nullable Target> targets) {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        Map<String, String> custom = new LinkedHashMap<>();
        String problem = null;
        for (int i = 0; i < record.size(); i++) {
            var value = record.get(i);
            if (value.isBlank()) {
                continue;
            }
            if (i >= columns) {
                problem = "has " + record.size() + " values but the header has " + columns + " columns";
                break;
            }
            var target = targets.get(i);
            if (target == null) {
                continue;
            }
            if (target.field() != null) {
                values.put(target.field(), value);
            } else {
                custom.put(target.customKey(), value);
            }
        }
        return new Row(record.getRecordNumber(), values, custom, problem);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
