package com.mediaflow.devtools;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty development database with a believable studio: ten staff, a hundred clients and
 * contacts, thirty productions across every stage of the lifecycle with their crews, about four
 * hundred tasks with dependencies and logged time, sixty calendar events, and a year of books (see
 * {@link DemoAccounting}). Written straight to the tables in one transaction, and deterministic (a
 * fixed seed) so every developer sees the same studio.
 */
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private static final String[] PROJECT_STATUSES = {
        "PLANNING",
        "PRE_PRODUCTION",
        "PRODUCTION",
        "POST_PRODUCTION",
        "REVIEW",
        "DELIVERED",
        "COMPLETED",
        "ON_HOLD",
        "CANCELLED"
    };
    private static final String[] PROJECT_TYPES = {
        "COMMERCIAL", "CORPORATE", "MUSIC_VIDEO", "DOCUMENTARY", "PHOTO_SHOOT", "EVENT", "SOCIAL_CONTENT", "OTHER"
    };
    private static final String[] TASK_STEPS = {
        "Creative brief",
        "Treatment",
        "Budget sign-off",
        "Location scout",
        "Casting",
        "Shot list",
        "Crew booking",
        "Equipment rental",
        "Shoot day 1",
        "Shoot day 2",
        "Data wrangling",
        "Rough cut",
        "Client review",
        "Fine cut",
        "Colour grade",
        "Sound mix",
        "Motion graphics",
        "Subtitles",
        "Final delivery"
    };
    private static final String[] TAGS = {"vip", "agency", "brand", "music", "broadcaster", "nonprofit", "repeat"};
    private static final String[] SOURCES = {"referral", "website", "event", "cold_outreach", "social"};
    private static final String[] CREW_ROLES = {"DIRECTOR", "PRODUCER", "EDITOR", "CAMERA", "SOUND", "DESIGNER"};

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Random random = new Random(20261121L);
    private final Faker faker = new Faker(Locale.ENGLISH, random);

    DemoDataSeeder(JdbcTemplate jdbc, PasswordEncoder passwords, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean studioIsEmpty() {
        var members = jdbc.queryForObject("SELECT count(*) FROM team_members", Long.class);
        return members != null && members == 0;
    }

    void seed() {
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            var today = LocalDate.now(clock);
            organization(now);
            var members = members(now);
            var companies = new ArrayList<UUID>();
            var contacts = contacts(members, companies, now);
            var projects = projects(members, companies, today, now);
            var tasks = tasks(projects, today, now);
            timeEntries(tasks, today, now);
            events(projects, contacts, today, now);
            new DemoProposals(jdbc).seed(members.get(0).id(), companies, today, now);
            var books = new DemoAccounting(jdbc, random.nextLong())
                    .seed(members.stream().map(Member::id).toList(), companies, productions(projects), today, now);
            log.info(
                    "Demo studio created: {} members, {} contacts, {} projects, {} tasks, {} expenses, {} invoices"
                            + " with {} payments ({} EUR), {} other income entries ({} EUR received)",
                    members.size(),
                    contacts.size(),
                    projects.size() + books.pastProductions(),
                    tasks.size(),
                    books.expenses(),
                    books.invoices(),
                    books.payments(),
                    books.paid(),
                    books.otherIncome(),
                    books.received());
        });
    }

    /** The productions that have been billed: all but those still in planning or cancelled. */
    private static List<DemoAccounting.Production> productions(List<Project> projects) {
        return projects.stream()
                .filter(p -> !p.status().equals("PLANNING") && !p.status().equals("CANCELLED"))
                .map(p -> new DemoAccounting.Production(
                        p.id(),
                        p.clientId(),
                        p.start(),
                        p.end(),
                        p.status().equals("POST_PRODUCTION") || p.status().equals("REVIEW")))
                .toList();
    }

    private void organization(Instant now) {
        jdbc.update("""
                UPDATE organization_settings SET name = 'Northlight Films', legal_name = 'Northlight Films GmbH',
                    email = 'hello@northlight.test', phone = '+49 30 5550 1200', website = 'https://northlight.test',
                    address_line1 = 'Torstrasse 140', address_city = 'Berlin', address_postal_code = '10119',
                    address_country = 'DE', tax_id = 'DE312456789', default_currency = 'EUR', payment_terms_days = 14,
                    bank_account_name = 'Northlight Films GmbH', bank_name = 'Commerzbank',
                    bank_iban = 'DE89370400440532013000', bank_bic = 'COBADEFFXXX', brand_color = '#0A84FF',
                    timezone = 'Europe/Berlin', updated_at = ?
                WHERE id = 1
                """, Timestamp.from(now));
    }

    private List<Member> members(Instant now) {
        var hash = passwords.encode(DemoStudio.PASSWORD);
        var members = new ArrayList<Member>();
        for (var person : DemoStudio.PEOPLE) {
            var id = UUID.randomUUID();
            jdbc.update(
                    """
                    INSERT INTO team_members (id, email, full_name, role, status, job_title, hourly_cost, billable_rate,
                                              created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)
                    """,
                    id,
                    person.email(),
                    person.fullName(),
                    person.role().name(),
                    person.jobTitle(),
                    BigDecimal.valueOf(person.hourlyCost()).setScale(2),
                    BigDecimal.valueOf(person.billableRate()).setScale(2),
                    Timestamp.from(now),
                    Timestamp.from(now));
            jdbc.update(
                    "INSERT INTO auth_credentials (member_id, password_hash, password_changed_at) VALUES (?, ?, ?)",
                    id,
                    hash,
                    Timestamp.from(now));
            members.add(new Member(
                    id, person.role().name(), BigDecimal.valueOf(person.hourlyCost()), person.billableRate()));
        }
        return members;
    }

    private List<UUID> contacts(List<Member> members, List<UUID> companies, Instant now) {
        var owner = members.get(0).id();
        var all = new ArrayList<UUID>();
        var companyNames = new ArrayList<String>();
        var usedEmails = new java.util.HashSet<String>();
        for (int i = 0; i < 25; i++) {
            var id = UUID.randomUUID();
            var name = uniqueCompanyName(companyNames);
            companyNames.add(name);
            var domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
            jdbc.update(
                    """
                    INSERT INTO contacts (id, type, display_name, email, phone, website, address_line1, address_city,
                                          address_postal_code, address_country, tags, source, owner_id, custom_fields,
                                          created_by, created_at, updated_at)
                    VALUES (?, 'COMPANY', ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::jsonb, ?, ?, ?)
                    """,
                    id,
                    name,
                    "studio@" + domain,
                    faker.phoneNumber().phoneNumber(),
                    "https://" + domain,
                    faker.address().streetAddress(),
                    faker.address().city(),
                    faker.address().zipCode(),
                    pick(new String[] {"DE", "GB", "FR", "NL", "AT", "US"}),
                    tags(),
                    pick(SOURCES),
                    pick(members).id(),
                    "{\"industry\": \"" + faker.company().industry().replace("\"", "") + "\"}",
                    owner,
                    Timestamp.from(now.minus(random.nextInt(700), ChronoUnit.DAYS)),
                    Timestamp.from(now));
            companies.add(id);
            all.add(id);
        }
        for (int i = 0; i < 75; i++) {
            var id = UUID.randomUUID();
            var first = faker.name().firstName();
            var last = faker.name().lastName();
            var company = random.nextInt(10) < 8 ? random.nextInt(companies.size()) : -1;
            var email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@"
                    + (company >= 0
                            ? companyNames.get(company).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "")
                                    + ".example"
                            : "mail.example");
            if (!usedEmails.add(email)) {
                email = i + "." + email;
            }
            jdbc.update(
                    """
                    INSERT INTO contacts (id, type, display_name, first_name, last_name, job_title, company_id,
                                          company_name, email, phone, tags, source, owner_id, created_by, created_at,
                                          updated_at)
                    VALUES (?, 'PERSON', ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)
                    """,
                    id,
                    first + " " + last,
                    first,
                    last,
                    faker.job().title(),
                    company >= 0 ? companies.get(company) : null,
                    company >= 0 ? companyNames.get(company) : null,
                    email,
                    faker.phoneNumber().cellPhone(),
                    tags(),
                    pick(SOURCES),
                    pick(members).id(),
                    owner,
                    Timestamp.from(now.minus(random.nextInt(700), ChronoUnit.DAYS)),
                    Timestamp.from(now));
            all.add(id);
            if (random.nextInt(3) == 0) {
                jdbc.update(
                        "INSERT INTO contact_notes (id, contact_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        id,
                        pick(members).id(),
                        "Met at " + faker.company().buzzword() + " screening; interested in a "
                                + pick(new String[] {"brand film", "product launch video", "music video", "series"})
                                + " next quarter.",
                        Timestamp.from(now.minus(random.nextInt(90), ChronoUnit.DAYS)));
            }
        }
        return all;
    }

    private List<Project> projects(List<Member> members, List<UUID> companies, LocalDate today, Instant now) {
        var leads = members.stream()
                .filter(m -> m.role().equals("PRODUCER") || m.role().equals("MANAGER"))
                .toList();
        var projects = new ArrayList<Project>();
        for (int i = 0; i < 30; i++) {
            var status = PROJECT_STATUSES[i % PROJECT_STATUSES.length];
            var id = UUID.randomUUID();
            var stage = stageIndex(status);
            var start = today.minusDays(20L * (6 - Math.min(stage, 6)) + random.nextInt(20));
            var deadline = start.plusDays(30 + random.nextInt(60));
            var finished = status.equals("DELIVERED") || status.equals("COMPLETED");
            var end = finished ? deadline.minusDays(random.nextInt(10) - 3) : null;
            var manager = pick(leads);
            var type = PROJECT_TYPES[random.nextInt(PROJECT_TYPES.length)];
            var name = projectName(type);
            var client = pick(companies);
            jdbc.update(
                    """
                    INSERT INTO projects (id, code, name, client_id, type, status, paused_from, start_date, end_date,
                                          deadline, budget, currency, manager_id, tags, description, created_by,
                                          created_at, updated_at)
                    VALUES (?, 'PRJ-' || lpad(nextval('project_code_seq')::text, 4, '0'), ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            'EUR', ?, ?::text[], ?, ?, ?, ?)
                    """,
                    id,
                    name,
                    client,
                    type,
                    status,
                    status.equals("ON_HOLD") ? "PRODUCTION" : null,
                    Date.valueOf(start),
                    end == null || end.isBefore(start) ? null : Date.valueOf(end),
                    Date.valueOf(deadline),
                    BigDecimal.valueOf(5_000 + random.nextInt(240) * 1_000L).setScale(2),
                    manager.id(),
                    "{" + pick(new String[] {"priority", "festival", "retainer", "pitch", "series"}) + "}",
                    faker.lorem().sentence(14),
                    manager.id(),
                    Timestamp.from(now.minus(200 - i * 5L, ChronoUnit.DAYS)),
                    Timestamp.from(now));
            var crew = new ArrayList<Member>();
            crew.add(manager);
            for (var member : members) {
                if (member != manager && crew.size() < 3 + random.nextInt(4) && random.nextInt(3) > 0) {
                    crew.add(member);
                }
            }
            for (int c = 0; c < crew.size(); c++) {
                jdbc.update(
                        """
                        INSERT INTO project_team_members (id, project_id, member_id, role, added_by, added_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                        UUID.randomUUID(),
                        id,
                        crew.get(c).id(),
                        c == 0 ? "PRODUCER" : CREW_ROLES[random.nextInt(CREW_ROLES.length)],
                        manager.id(),
                        Timestamp.from(now),
                        Timestamp.from(now));
            }
            projects.add(new Project(
                    id, client, status, start, deadline, end == null || end.isBefore(start) ? null : end, crew));
        }
        return projects;
    }

    private List<Task> tasks(List<Project> projects, LocalDate today, Instant now) {
        var tasks = new ArrayList<Task>();
        for (var project : projects) {
            var count = 12 + random.nextInt(3);
            var progress = switch (project.status()) {
                case "PLANNING" -> 1;
                case "PRE_PRODUCTION" -> 4;
                case "PRODUCTION", "ON_HOLD" -> 9;
                case "POST_PRODUCTION" -> 12;
                case "REVIEW" -> count - 1;
                case "DELIVERED", "COMPLETED" -> count;
                default -> 3;
            };
            UUID previous = null;
            for (int t = 0; t < count; t++) {
                var id = UUID.randomUUID();
                var status = t < progress ? "DONE" : t == progress ? "IN_PROGRESS" : "TODO";
                if (project.status().equals("CANCELLED") && t >= progress) {
                    status = "TODO";
                }
                if (status.equals("TODO") && random.nextInt(12) == 0) {
                    status = "BLOCKED";
                }
                var start = project.start().plusDays(t * 4L);
                var due = start.plusDays(3 + random.nextInt(5));
                var assignee = project.crew().get(random.nextInt(project.crew().size()));
                jdbc.update(
                        """
                        INSERT INTO tasks (id, project_id, title, description, assignee_id, status, priority, start_date,
                                           due_date, estimate_minutes, completed_at, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        id,
                        project.id(),
                        TASK_STEPS[t % TASK_STEPS.length],
                        faker.lorem().sentence(10),
                        assignee.id(),
                        status,
                        pick(new String[] {"LOW", "MEDIUM", "MEDIUM", "HIGH", "URGENT"}),
                        Date.valueOf(start),
                        Date.valueOf(due),
                        60 * (2 + random.nextInt(14)),
                        status.equals("DONE")
                                ? Timestamp.from(now.minus(Math.max(1, 60 - t * 4L), ChronoUnit.DAYS))
                                : null,
                        project.crew().get(0).id(),
                        Timestamp.from(now),
                        Timestamp.from(now));
                if (previous != null && random.nextInt(4) > 0) {
                    jdbc.update(
                            """
                            INSERT INTO task_dependencies (id, project_id, task_id, predecessor_id, created_by, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """,
                            UUID.randomUUID(),
                            project.id(),
                            id,
                            previous,
                            project.crew().get(0).id(),
                            Timestamp.from(now));
                }
                tasks.add(new Task(id, project.id(), status, start, assignee));
                previous = id;
            }
        }
        return tasks;
    }

    private void timeEntries(List<Task> tasks, LocalDate today, Instant now) {
        var rows = new ArrayList<Object[]>();
        for (var task : tasks) {
            if (task.status().equals("TODO") || task.start().isAfter(today)) {
                continue;
            }
            var entries = 1 + random.nextInt(5);
            for (int e = 0; e < entries; e++) {
                var day = task.start().plusDays(e);
                if (day.isAfter(today)) {
                    break;
                }
                var member = task.assignee();
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    task.id(),
                    task.projectId(),
                    member.id(),
                    Date.valueOf(day),
                    30 * (2 + random.nextInt(14)),
                    pick(new String[] {"Prep", "On set", "Editing", "Client call", "Revisions", "Review notes"}),
                    member.billableRate() > 0 && random.nextInt(5) > 0,
                    member.hourlyCost().setScale(2),
                    BigDecimal.valueOf(member.billableRate()).setScale(2),
                    member.id(),
                    Timestamp.from(now),
                    Timestamp.from(now)
                });
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO task_time_entries (id, task_id, project_id, member_id, work_date, minutes, note, billable,
                                               hourly_cost, billable_rate, rate_currency, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?)
                """, rows);
    }

    private void events(List<Project> projects, List<UUID> contacts, LocalDate today, Instant now) {
        var types = new String[] {"SHOOT", "MEETING", "REVIEW", "DELIVERY", "MEETING", "SHOOT"};
        for (int i = 0; i < 60; i++) {
            var project = projects.get(i % projects.size());
            var type = types[i % types.length];
            // Distinct days (37 and 90 are coprime), so no crew member is double-booked.
            var day = today.plusDays((i * 37L) % 90 - 30);
            var startHour = type.equals("SHOOT") ? 7 : 10 + random.nextInt(6);
            var hours = type.equals("SHOOT") ? 10 : 1 + random.nextInt(2);
            var startsAt = day.atTime(startHour, 0)
                    .atZone(java.time.ZoneId.of("Europe/Berlin"))
                    .toInstant();
            var id = UUID.randomUUID();
            jdbc.update(
                    """
                    INSERT INTO calendar_events (id, title, type, starts_at, ends_at, all_day, location, description,
                                                 project_id, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?)
                    """,
                    id,
                    eventTitle(type),
                    type,
                    Timestamp.from(startsAt),
                    Timestamp.from(startsAt.plus(hours, ChronoUnit.HOURS)),
                    type.equals("SHOOT") ? faker.address().streetAddress() + ", Berlin" : "Studio, meeting room 2",
                    faker.lorem().sentence(8),
                    project.id(),
                    project.crew().get(0).id(),
                    Timestamp.from(now),
                    Timestamp.from(now));
            for (var member :
                    project.crew().subList(0, Math.min(3, project.crew().size()))) {
                jdbc.update("INSERT INTO calendar_event_members (event_id, member_id) VALUES (?, ?)", id, member.id());
            }
            if (!type.equals("SHOOT")) {
                jdbc.update(
                        "INSERT INTO calendar_event_contacts (event_id, contact_id) VALUES (?, ?)",
                        id,
                        contacts.get(25 + random.nextInt(contacts.size() - 25)));
            }
        }
    }

    private String uniqueCompanyName(List<String> taken) {
        String name;
        do {
            name = faker.company().name().replace(",", "");
        } while (taken.contains(name));
        return name;
    }

    private String projectName(String type) {
        var brand = faker.commerce().brand();
        return switch (type) {
            case "COMMERCIAL" -> brand + " — " + faker.commerce().productName() + " spot";
            case "CORPORATE" -> brand + " annual report film";
            case "MUSIC_VIDEO" -> "\"" + faker.music().genre() + " Nights\" music video";
            case "DOCUMENTARY" -> "Documentary: " + faker.book().title();
            case "PHOTO_SHOOT" -> brand + " lookbook shoot";
            case "EVENT" -> brand + " launch event coverage";
            case "SOCIAL_CONTENT" -> brand + " social series";
            default -> brand + " explainer";
        };
    }

    private String eventTitle(String type) {
        return switch (type) {
            case "SHOOT" -> "Shoot day";
            case "REVIEW" -> "Client review";
            case "DELIVERY" -> "Delivery";
            default -> "Production meeting";
        };
    }

    private int stageIndex(String status) {
        for (int i = 0; i < PROJECT_STATUSES.length; i++) {
            if (PROJECT_STATUSES[i].equals(status)) {
                return i;
            }
        }
        return 0;
    }

    private String tags() {
        var first = pick(TAGS);
        return random.nextBoolean() ? "{" + first + "}" : "{" + first + "," + pick(TAGS) + "}";
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    record Member(UUID id, String role, BigDecimal hourlyCost, int billableRate) {}

    record Project(
            UUID id,
            UUID clientId,
            String status,
            LocalDate start,
            LocalDate deadline,
            @org.jspecify.annotations.Nullable LocalDate end,
            List<Member> crew) {}

    record Task(UUID id, UUID projectId, String status, LocalDate start, Member assignee) {}
}
