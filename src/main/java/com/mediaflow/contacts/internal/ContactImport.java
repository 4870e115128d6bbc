package com.mediaflow.contacts.internal;

import com.mediaflow.contacts.ContactActivityOccurred;
import com.mediaflow.contacts.ContactType;
import com.mediaflow.contacts.ContactsProperties;
import com.mediaflow.shared.audit.AuditLog;
import com.mediaflow.shared.security.CurrentUser;
import com.mediaflow.shared.web.InvalidInputException;
import com.mediaflow.shared.web.InvalidInputException.FieldError;
import com.mediaflow.shared.web.JsonNames;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports contacts from a CSV file in one transaction: every row is checked like a {@code POST
 * /api/contacts} body and then created, skipped as a duplicate, or rejected with its reasons. A
 * problem with the file as a whole stores nothing.
 *
 * <p>Duplicates: a row whose e-mail address (in any case) a live contact or an earlier row already
 * has, and a company row whose name a live company or an earlier row already has. A person's
 * {@code company} column links them to the live company of that name, creating it if there is
 * none.
 */
@Service
public class ContactImport {

    static final String DEFAULT_SOURCE = "csv import";

    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {};

    private final ContactEmails emails;
    private final ContactTimeline timeline;
    private final AuditLog audit;
    private final Validator validator;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final ContactsProperties properties;
    private final Clock clock;

    ContactImport(
            ContactEmails emails,
            ContactTimeline timeline,
            AuditLog audit,
            Validator validator,
            JsonMapper json,
            JdbcClient jdbc,
            EntityManager entityManager,
            ContactsProperties properties,
            Clock clock) {
        this.emails = emails;
        this.timeline = timeline;
        this.audit = audit;
        this.validator = validator;
        this.json = json;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param size the file's size in bytes, checked before it is read
     * @param fileName the uploaded file's name, for the timeline entries
     * @param mapping a JSON object of field name to column header, e.g. {@code {"email": "E-mail address"}}
     */
    @Transactional
    public ImportReport run(
            InputStreamSource file, long size, @Nullable String fileName, @Nullable String mapping, CurrentUser actor)
            throws IOException {
        if (size > properties.importMaxFileSize().toBytes()) {
            throw new ImportTooLargeException(properties.importMaxFileSize());
        }
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        var csv = ContactCsv.parse(content, mappingOf(mapping), properties.importMaxRows());
        var candidates =
                csv.rows().stream().map(row -> candidate(row, actor.id())).toList();
        emails.lock();
        var run = new Run(actor, summary(fileName), Moments.now(clock));
        run.load(candidates);
        List<ImportReport.RowResult> results = new ArrayList<>();
        for (var candidate : candidates) {
            results.add(run.decide(candidate));
        }
        run.store();
        return ImportReport.of(results, run.companiesCreated, csv.ignoredColumns());
    }

    private Map<String, String> mappingOf(@Nullable String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        Map<String, String> fields;
        try {
            fields = json.readValue(mapping, MAPPING);
        } catch (JacksonException e) {
            throw invalidMapping();
        }
        if (fields == null || fields.values().stream().anyMatch(column -> column == null || column.isBlank())) {
            throw invalidMapping();
        }
        return fields;
    }

    private static InvalidInputException invalidMapping() {
        return InvalidInputException.field(
                "mapping",
                "must be a JSON object of field names to column headers, such as "
                        + "{\"email\": \"E-mail address\", \"first_name\": \"Given name\"}");
    }

    /** A row made into contact details and checked, or the reasons it cannot be. */
    private record Candidate(
            ContactCsv.Row row,
            @Nullable ContactDetails details,
            @Nullable String companyName,
            List<FieldError> errors) {

        boolean isValid() {
            return details != null && errors.isEmpty();
        }
    }

    private Candidate candidate(ContactCsv.Row row, UUID owner) {
        if (row.problem() != null) {
            return new Candidate(row, null, null, List.of(new FieldError("row", row.problem())));
        }
        List<FieldError> errors = new ArrayList<>();
        var type = type(row.get(ImportField.TYPE), errors);
        var name = row.get(ImportField.NAME);
        var firstName = row.get(ImportField.FIRST_NAME);
        var lastName = row.get(ImportField.LAST_NAME);
        var company = row.get(ImportField.COMPANY);
        if (type == ContactType.PERSON && firstName == null && lastName == null && name != null) {
            // A single name column holds the full name: the first word is the first name.
            var parts = name.strip().split("\\s+", 2);
            firstName = parts[0];
            lastName = parts.length > 1 ? parts[1] : null;
            name = null;
        }
        if (type == ContactType.COMPANY && company != null) {
            if (name == null || name.equalsIgnoreCase(company)) {
                name = company;
            } else {
                errors.add(new FieldError("company", "must be empty for a company (or the same as its name)"));
            }
            company = null;
        }
        if (company != null && company.length() > 200) {
            errors.add(new FieldError("company", "must be at most 200 characters"));
        }
        var details = new ContactDetails(
                type,
                name,
                firstName,
                lastName,
                row.get(ImportField.JOB_TITLE),
                null,
                row.get(ImportField.EMAIL),
                row.get(ImportField.PHONE),
                row.get(ImportField.MOBILE),
                row.get(ImportField.WEBSITE),
                new ContactAddress(
                        row.get(ImportField.ADDRESS_LINE1),
                        row.get(ImportField.ADDRESS_LINE2),
                        row.get(ImportField.CITY),
                        row.get(ImportField.POSTAL_CODE),
                        row.get(ImportField.REGION),
                        row.get(ImportField.COUNTRY)),
                tags(row.get(ImportField.TAGS)),
                row.get(ImportField.SOURCE) == null ? DEFAULT_SOURCE : row.get(ImportField.SOURCE),
                owner,
                new LinkedHashMap<>(row.customFields()),
                null);
        validator.validate(details).forEach(violation -> errors.add(fieldError(violation)));
        errors.addAll(ContactRules.check(details));
        return new Candidate(row, details, company, errors);
    }

    private static ContactType type(@Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return ContactType.PERSON;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "person" -> ContactType.PERSON;
            case "company" -> ContactType.COMPANY;
            default -> {
                errors.add(new FieldError("type", "must be person or company"));
                yield ContactType.PERSON;
            }
        };
    }

    /** Tags in one cell, separated by semicolons or commas. */
    private static List<String> tags(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;,]"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    private static FieldError fieldError(ConstraintViolation<ContactDetails> violation) {
        var path = violation.getPropertyPath().toString().replace(".<list element>", "");
        return new FieldError(JsonNames.snakeCase(path), violation.getMessage());
    }

    private static String summary(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Imported from a CSV file";
        }
        var name = fileName.replaceAll(".*[/\\\\]", "").strip();
        return "Imported from " + (name.length() > 100 ? name.substring(0, 100) + "…" : name);
    }

    /**
     * A contact a row can collide with: a live one ({@code row} 0) or one an earlier row created.
     *
     * @param name the display name
     */
    private record Known(UUID id, String name, long row) {

        boolean isFromFile() {
            return row > 0;
        }
    }

    /** The decisions of one import, and what they create. */
    private final class Run {

        private final CurrentUser actor;
        private final String summary;
        private final Instant now;
        private final Map<String, UUID> existingEmails = new HashMap<>();
        private final Map<String, List<Known>> companies = new HashMap<>();
        private final Map<String, Known> emailsOfFile = new HashMap<>();
        private final List<Contact> created = new ArrayList<>();
        private int companiesCreated;

        Run(CurrentUser actor, String summary, Instant now) {
            this.actor = actor;
            this.summary = summary;
            this.now = now;
        }

        /** Reads, in two queries, the e-mail addresses and company names the rows could collide with. */
        void load(List<Candidate> candidates) {
            List<String> addresses = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (var candidate : candidates) {
                if (!candidate.isValid()) {
                    continue;
                }
                var details = candidate.details();
                if (details.email() != null) {
                    addresses.add(details.email());
                }
                if (details.type() == ContactType.COMPANY) {
                    names.add(key(details.displayName()));
                } else if (candidate.companyName() != null) {
                    names.add(key(candidate.companyName()));
                }
            }
            existingEmails.putAll(emails.holders(addresses));
            if (!names.isEmpty()) {
                jdbc.sql("""
                                SELECT id, display_name FROM contacts
                                WHERE type = 'COMPANY' AND deleted_at IS NULL AND lower(display_name) = ANY(:names)
                                """)
                        .param("names", names.stream().distinct().toArray(String[]::new))
                        .query((rs, row) -> new Known(rs.getObject("id", UUID.class), rs.getString("display_name"), 0))
                        .list()
                        .forEach(company -> companies
                                .computeIfAbsent(key(company.name()), name -> new ArrayList<>())
                                .add(company));
            }
        }

        ImportReport.RowResult decide(Candidate candidate) {
            var number = candidate.row().number();
            if (!candidate.isValid()) {
                return ImportReport.RowResult.rejected(number, reason(candidate.errors()), candidate.errors());
            }
            var details = candidate.details();
            var email = details.email();
            if (email != null && existingEmails.containsKey(email)) {
                return ImportReport.RowResult.skipped(
                        number, existingEmails.get(email), "a contact with the e-mail address " + email + " exists");
            }
            if (email != null && emailsOfFile.containsKey(email)) {
                var earlier = emailsOfFile.get(email);
                return ImportReport.RowResult.skipped(
                        number, earlier.id(), "row " + earlier.row() + " has the same e-mail address");
            }
            if (details.type() == ContactType.COMPANY) {
                return decideCompany(number, details);
            }
            return decidePerson(number, details, candidate.companyName());
        }

        private ImportReport.RowResult decideCompany(long number, ContactDetails details) {
            var known = companies.getOrDefault(key(details.displayName()), List.of());
            if (!known.isEmpty()) {
                var company = known.get(0);
                return ImportReport.RowResult.skipped(
                        number,
                        company.id(),
                        company.isFromFile()
                                ? "row " + company.row() + " has the same company"
                                : "a company named " + company.name() + " exists");
            }
            var contact = create(number, details, null);
            remember(new Known(contact.id(), contact.displayName(), number));
            return ImportReport.RowResult.created(number, contact.id(), null);
        }

        private ImportReport.RowResult decidePerson(long number, ContactDetails details, @Nullable String companyName) {
            Known company = null;
            if (companyName != null) {
                var known = companies.getOrDefault(key(companyName), List.of());
                if (known.size() > 1) {
                    var error = new FieldError(
                            "company",
                            "several companies are named " + companyName + "; import the person without it and "
                                    + "link them to the right one");
                    return ImportReport.RowResult.rejected(number, reason(List.of(error)), List.of(error));
                }
                company = known.isEmpty() ? createCompany(number, companyName, details) : known.get(0);
            }
            var person = create(
                    number,
                    details.withReferences(company == null ? null : company.id(), details.ownerId()),
                    company == null ? null : company.name());
            return ImportReport.RowResult.created(number, person.id(), company == null ? null : company.id());
        }

        private Known createCompany(long number, String name, ContactDetails person) {
            var details = new ContactDetails(
                    ContactType.COMPANY,
                    name,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ContactAddress.EMPTY,
                    List.of(),
                    person.source(),
                    person.ownerId(),
                    Map.of(),
                    null);
            var contact = create(number, details, null);
            companiesCreated++;
            return remember(new Known(contact.id(), contact.displayName(), number));
        }

        private Contact create(long number, ContactDetails details, @Nullable String companyName) {
            var contact = new Contact(details, companyName, actor.id(), now);
            created.add(contact);
            if (details.email() != null) {
                emailsOfFile.put(details.email(), new Known(contact.id(), contact.displayName(), number));
            }
            return contact;
        }

        private Known remember(Known company) {
            companies
                    .computeIfAbsent(key(company.name()), name -> new ArrayList<>())
                    .add(company);
            return company;
        }

        /** Writes the new contacts in batches, then their timeline entries and audit entries. */
        void store() {
            if (created.isEmpty()) {
                return;
            }
            entityManager.unwrap(Session.class).setJdbcBatchSize(100);
            created.forEach(entityManager::persist);
            entityManager.flush();
            timeline.recordAll(created.stream()
                    .map(contact -> new ContactActivityOccurred(
                            contact.id(), ContactTimeline.CONTACT_IMPORTED, summary, actor.id(), null, null, now))
                    .toList());
            created.forEach(contact ->
                    audit.record("contact.imported", "contact", contact.id(), null, ContactView.of(contact)));
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String reason(List<FieldError> errors) {
        return String.join(
                "; ",
                errors.stream()
                        .map(error -> error.field() + " " + error.message())
                        .toList());
    }
}
