package org.treatyarchive.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.sql.Types;

/**
 * Fills a migrated archive database with a generated treaty series, straight through JDBC: parties,
 * subjects and summits, then agreements with their parties (about four per agreement: mostly
 * bilateral, some wide multilateral conventions), articles of a few hundred words, titles in
 * Russian, French and Persian, relations to earlier agreements. Published and public, so that an
 * anonymous reader sees all of them. Seeded: the same arguments give the same archive.
 * <p>
 * Usage: {@code GenerateArchive jdbc:mysql://127.0.0.1:3306/treaty_bench root "" 250000}
 */
public final class GenerateArchive {

    private static final int BATCH = 2_000;
    private static final String[] KINDS = {"AGREEMENT", "AGREEMENT", "AGREEMENT", "AGREEMENT", "PROTOCOL", "MEMORANDUM_OF_UNDERSTANDING",
            "EXCHANGE_OF_NOTES", "CONVENTION", "TREATY", "ADDITIONAL_PROTOCOL", "JOINT_DECLARATION"};
    private static final String[] CONSENT = {"RATIFICATION", "RATIFICATION", "APPROVAL", "ACCESSION", "DEFINITIVE_SIGNATURE", "ACCEPTANCE"};
    private static final String[] FIELDS_EN = {"fisheries", "civil aviation", "maritime navigation", "customs cooperation", "avoidance of double taxation",
            "mutual legal assistance in criminal matters", "extradition", "protection of investments", "cultural cooperation", "higher education",
            "scientific and technical cooperation", "environmental protection", "transboundary watercourses", "seabed delimitation",
            "energy transit", "oil and gas pipelines", "rail transport", "road transport", "visa-free travel", "readmission of persons",
            "health care", "veterinary control", "plant quarantine", "telecommunications", "postal services", "tourism", "sport",
            "youth exchanges", "archives", "military cooperation", "border regime", "hydrometeorology", "emergency response",
            "protection of migratory birds", "sturgeon conservation", "nuclear safety", "space research", "agriculture",
            "social security", "labour migration"};
    private static final String[] FIELDS_RU = {"рыболовства", "гражданской авиации", "морского судоходства", "таможенного сотрудничества",
            "избежания двойного налогообложения", "правовой помощи по уголовным делам", "выдачи", "защиты инвестиций", "культурного сотрудничества",
            "высшего образования", "научно-технического сотрудничества", "охраны окружающей среды", "трансграничных водотоков",
            "разграничения дна", "транзита энергоносителей", "нефтегазопроводов", "железнодорожного транспорта", "автомобильного транспорта",
            "безвизовых поездок", "реадмиссии", "здравоохранения", "ветеринарного контроля", "карантина растений", "электросвязи",
            "почтовой связи", "туризма", "спорта", "молодёжных обменов", "архивного дела", "военного сотрудничества", "режима границы",
            "гидрометеорологии", "чрезвычайных ситуаций", "охраны перелётных птиц", "сохранения осетровых", "ядерной безопасности",
            "космических исследований", "сельского хозяйства", "социального обеспечения", "трудовой миграции"};
    private static final String[] FIELDS_FR = {"de la pêche", "de l'aviation civile", "de la navigation maritime", "de la coopération douanière",
            "de la double imposition", "de l'entraide judiciaire", "de l'extradition", "des investissements", "de la culture", "de l'enseignement supérieur"};
    private static final String[] FIELDS_FA = {"شیلات", "هواپیمایی کشوری", "کشتیرانی", "همکاری گمرکی", "اجتناب از اخذ مالیات مضاعف",
            "معاضدت حقوقی", "استرداد مجرمین", "حمایت از سرمایه گذاری", "همکاری فرهنگی", "آموزش عالی"};
    private static final String[] WORDS = ("the parties shall cooperate in accordance with their national legislation and the generally recognised "
            + "principles of international law competent authorities exchange information notify each other in writing within thirty days "
            + "of receipt of the request provided that such measures do not prejudice the rights and obligations arising from other "
            + "international agreements to which they are parties this agreement shall enter into force on the date of the last "
            + "notification through diplomatic channels remain in force for a period of five years and be automatically extended "
            + "for successive periods unless either party notifies the other of its intention to terminate it disputes concerning "
            + "interpretation or application shall be settled by consultations and negotiations joint commission meets annually "
            + "alternately in the territory of each state vessels aircraft goods persons territory waters airspace continental shelf "
            + "delimitation coordinates median line baseline fishing quotas licences inspections samples expenses costs borne by "
            + "the sending party confidentiality of information received personal data protection amendments protocols annexes "
            + "integral part depositary certified copies authentic texts done in two originals each in the english russian and "
            + "national languages all texts being equally authentic in case of divergence of interpretation the english text shall "
            + "prevail warship navigation security environmental pollution caspian sea sturgeon caviar pipelines transit tariffs").split(" ");
    private static final String[] CITIES = {"Astana", "Almaty", "Baku", "Tehran", "Moscow", "Ashgabat", "Tashkent", "Bishkek", "Dushanbe",
            "Ankara", "Geneva", "Vienna", "New York", "Beijing", "Aktau", "Astrakhan", "Turkmenbashi", "Rasht", "Paris", "Delhi"};
    private static final String[] SYLLABLES = {"va", "ren", "to", "ska", "mar", "il", "do", "sa", "bri", "lan", "ko", "then", "ar", "u", "zia",
            "mo", "rel", "qua", "dan", "or"};

    private final Random random = new Random(20261123L);
    private final Connection db;
    private final List<Long> partyIds = new ArrayList<>();
    private final List<String> partyNames = new ArrayList<>();
    private final List<Long> subjectIds = new ArrayList<>();
    private final List<Long> eventIds = new ArrayList<>();
    private final Map<Integer, Integer> lastNumberByYear = new HashMap<>();
    private long nextAgreementId;
    private long nextParticipationId;
    private long nextArticleId;
    private long nextRelationId;

    private GenerateArchive(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useServerPrepStmts=false";
        int count = Integer.parseInt(args[3]);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            try (Statement session = db.createStatement()) {
                session.execute("set foreign_key_checks = 0");
                session.execute("set unique_checks = 0");
            }
            GenerateArchive generator = new GenerateArchive(db);
            long started = System.nanoTime();
            generator.referenceData();
            generator.agreements(count);
            System.out.printf("Generated %,d agreements in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
        }
    }

    private void referenceData() throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        loadIds("select id, name from party", partyIds, partyNames);
        try (PreparedStatement party = db.prepareStatement("insert into party (version, created_at, updated_at, code, name, kind, created_by) "
                + "values (0, ?, ?, ?, ?, 'STATE', 'benchmark')", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 190; i++) {
                String name = "Republic of " + capitalised(word(3));
                party.setTimestamp(1, now);
                party.setTimestamp(2, now);
                party.setString(3, String.format("B%03d", i));
                party.setString(4, name);
                party.addBatch();
                partyNames.add(name);
            }
            party.executeBatch();
            collect(party.getGeneratedKeys(), partyIds);
        }
        loadIds("select id, name from subject", subjectIds, new ArrayList<>());
        try (PreparedStatement subject = db.prepareStatement("insert into subject (version, created_at, updated_at, name, created_by) "
                + "values (0, ?, ?, ?, 'benchmark')", Statement.RETURN_GENERATED_KEYS)) {
            for (String field : FIELDS_EN) {
                subject.setTimestamp(1, now);
                subject.setTimestamp(2, now);
                subject.setString(3, capitalised(field) + " (generated)");
                subject.addBatch();
            }
            subject.executeBatch();
            collect(subject.getGeneratedKeys(), subjectIds);
        }
        try (PreparedStatement event = db.prepareStatement("insert into event (version, created_at, updated_at, name, place, starts_on, "
                + "starts_precision, level, created_by) values (0, ?, ?, ?, ?, ?, 'DAY', 'HEADS_OF_STATE', 'benchmark')",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 2_000; i++) {
                String city = CITIES[random.nextInt(CITIES.length)];
                LocalDate day = LocalDate.of(1950 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28));
                event.setTimestamp(1, now);
                event.setTimestamp(2, now);
                event.setString(3, "Summit of " + city + " " + day.getYear() + " No. " + i);
                event.setString(4, city);
                event.setDate(5, Date.valueOf(day));
                event.addBatch();
            }
            event.executeBatch();
            collect(event.getGeneratedKeys(), eventIds);
        }
        try (Statement query = db.createStatement()) {
            nextAgreementId = max(query, "agreement") + 1;
            nextParticipationId = max(query, "participation") + 1;
            nextArticleId = max(query, "article") + 1;
            nextRelationId = max(query, "agreement_relation") + 1;
            try (ResultSet counters = query.executeQuery("select signature_year, last_number from agreement_reference_counter")) {
                while (counters.next()) {
                    lastNumberByYear.put(counters.getInt(1), counters.getInt(2));
                }
            }
        }
        db.commit();
    }

    private void agreements(int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long firstId = nextAgreementId;
        try (PreparedStatement agreement = db.prepareStatement("insert into agreement (id, version, created_at, updated_at, reference, "
                + "official_title, short_title, kind, format, signed_on, signed_precision, signed_at, in_force_on, in_force_precision, "
                + "terminated_on, terminated_precision, summary, event_id, classification, publication, created_by) "
                + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'DAY', ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', 'PUBLISHED', 'benchmark')");
             PreparedStatement participation = db.prepareStatement("insert into participation (id, version, created_at, updated_at, "
                     + "agreement_id, party_id, signed_on, consent_type, consent_on) values (?, 0, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement article = db.prepareStatement("insert into article (id, version, created_at, updated_at, agreement_id, "
                     + "position, number, heading, body) values (?, 0, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement title = db.prepareStatement("insert into agreement_title (agreement_id, language, text) values (?, ?, ?)");
             PreparedStatement subject = db.prepareStatement("insert into agreement_subject (agreement_id, subject_id) values (?, ?)");
             PreparedStatement relation = db.prepareStatement("insert into agreement_relation (id, version, created_at, updated_at, "
                     + "source_id, type, target_id) values (?, 0, ?, ?, ?, ?, ?)")) {
            long participations = 0;
            long articles = 0;
            for (int n = 0; n < count; n++) {
                long id = nextAgreementId++;
                int year = year();
                LocalDate signed = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                int number = lastNumberByYear.merge(year, 1, Integer::sum);
                int field = random.nextInt(FIELDS_EN.length);
                boolean bilateral = random.nextInt(100) < 80;
                List<Integer> parties = parties(bilateral ? 2 : 3 + (int) Math.min(60, Math.abs(random.nextGaussian() * 12)));
                String kind = bilateral ? KINDS[random.nextInt(KINDS.length)] : (random.nextBoolean() ? "CONVENTION" : "AGREEMENT");
                String official = bilateral
                        ? capitalised(label(kind)) + " between the " + partyNames.get(parties.get(0)) + " and the "
                        + partyNames.get(parties.get(1)) + " on cooperation in the field of " + FIELDS_EN[field]
                        : capitalised(label(kind)) + " on " + FIELDS_EN[field] + " among " + parties.size() + " states";
                LocalDate inForce = random.nextInt(100) < 70 ? signed.plusDays(30 + random.nextInt(700)) : null;
                LocalDate terminated = inForce != null && random.nextInt(100) < 6 ? inForce.plusYears(1 + random.nextInt(20)) : null;

                agreement.setLong(1, id);
                agreement.setTimestamp(2, now);
                agreement.setTimestamp(3, now);
                agreement.setString(4, String.format("AGR-%d-%04d", year, number));
                agreement.setString(5, official);
                agreement.setString(6, random.nextInt(100) < 25 ? capitalised(FIELDS_EN[field]) + " " + label(kind) + " " + year : null);
                agreement.setString(7, kind);
                agreement.setString(8, bilateral ? "BILATERAL" : "MULTILATERAL");
                agreement.setDate(9, Date.valueOf(signed));
                agreement.setString(10, CITIES[random.nextInt(CITIES.length)]);
                agreement.setDate(11, inForce == null ? null : Date.valueOf(inForce));
                agreement.setString(12, inForce == null ? null : "DAY");
                agreement.setDate(13, terminated == null ? null : Date.valueOf(terminated));
                agreement.setString(14, terminated == null ? null : "DAY");
                agreement.setString(15, "Provides for cooperation in " + FIELDS_EN[field] + ". " + sentence(25) + " " + sentence(20));
                if (random.nextInt(100) < 15) {
                    agreement.setLong(16, eventIds.get(random.nextInt(eventIds.size())));
                } else {
                    agreement.setNull(16, Types.BIGINT);
                }
                agreement.addBatch();

                for (int party : parties) {
                    participation.setLong(1, nextParticipationId++);
                    participation.setTimestamp(2, now);
                    participation.setTimestamp(3, now);
                    participation.setLong(4, id);
                    participation.setLong(5, partyIds.get(party));
                    participation.setDate(6, Date.valueOf(signed));
                    participation.setString(7, CONSENT[random.nextInt(CONSENT.length)]);
                    participation.setDate(8, inForce == null ? null : Date.valueOf(inForce.minusDays(random.nextInt(30))));
                    participation.addBatch();
                    participations++;
                }
                int articleCount = 1 + random.nextInt(4);
                for (int position = 0; position < articleCount; position++) {
                    article.setLong(1, nextArticleId++);
                    article.setTimestamp(2, now);
                    article.setTimestamp(3, now);
                    article.setLong(4, id);
                    article.setInt(5, position);
                    article.setString(6, String.valueOf(position + 1));
                    article.setString(7, position == 0 ? "Scope" : position == articleCount - 1 ? "Entry into force" : capitalised(word(2)));
                    article.setString(8, paragraph(60 + random.nextInt(120)));
                    article.addBatch();
                    articles++;
                }
                if (random.nextInt(100) < 50) {
                    title.setLong(1, id);
                    title.setString(2, "ru");
                    title.setString(3, "Соглашение о сотрудничестве в области " + FIELDS_RU[field]);
                    title.addBatch();
                }
                if (random.nextInt(100) < 15) {
                    title.setLong(1, id);
                    title.setString(2, "fr");
                    title.setString(3, "Accord dans le domaine " + FIELDS_FR[field % FIELDS_FR.length]);
                    title.addBatch();
                }
                if (random.nextInt(100) < 8) {
                    title.setLong(1, id);
                    title.setString(2, "fa");
                    title.setString(3, "موافقتنامه همکاری در زمینه " + FIELDS_FA[field % FIELDS_FA.length]);
                    title.addBatch();
                }
                subject.setLong(1, id);
                subject.setLong(2, subjectIds.get(subjectIds.size() - FIELDS_EN.length + field));
                subject.addBatch();
                if (id - firstId > 1_000 && random.nextInt(100) < 5) {
                    relation.setLong(1, nextRelationId++);
                    relation.setTimestamp(2, now);
                    relation.setTimestamp(3, now);
                    relation.setLong(4, id);
                    relation.setString(5, random.nextInt(4) == 0 ? "SUPERSEDES" : "AMENDS");
                    relation.setLong(6, firstId + random.nextInt((int) (id - firstId)));
                    relation.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n + 1 == count) {
                    agreement.executeBatch();
                    participation.executeBatch();
                    article.executeBatch();
                    title.executeBatch();
                    subject.executeBatch();
                    relation.executeBatch();
                    db.commit();
                    if ((n + 1) % 25_000 == 0 || n + 1 == count) {
                        System.out.printf("%,d agreements, %,d participations, %,d articles%n", n + 1, participations, articles);
                    }
                }
            }
        }
        try (PreparedStatement counter = db.prepareStatement("insert into agreement_reference_counter (signature_year, last_number) "
                + "values (?, ?) on duplicate key update last_number = values(last_number)")) {
            for (Map.Entry<Integer, Integer> year : lastNumberByYear.entrySet()) {
                counter.setInt(1, year.getKey());
                counter.setInt(2, year.getValue());
                counter.addBatch();
            }
            counter.executeBatch();
        }
        // The archive takes the ids of new records from id_block: past every id written here.
        try (Statement ids = db.createStatement()) {
            ids.executeUpdate("update id_block set next_value = greatest(next_value, (select coalesce(max(id), 0) + 1000 from ("
                    + String.join(" union all ", List.of("agreement", "participation", "article", "agreement_relation", "agreement_document",
                            "party", "event", "subject", "proposal", "user_account", "import_run").stream()
                            .map(table -> "select max(id) as id from " + table).toList())
                    + ") used)) where segment = 'archive'");
        }
        db.commit();
    }

    /** More agreements in recent decades, as in a real treaty series. */
    private int year() {
        return Math.min(2025, 1945 + (int) (80 * Math.sqrt(random.nextDouble())));
    }

    private List<Integer> parties(int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, partyIds.size())) {
            // The first parties (the Caspian states of the starter collection) take part more often.
            chosen.add(random.nextInt(4) == 0 ? random.nextInt(Math.min(12, partyIds.size())) : random.nextInt(partyIds.size()));
        }
        return new ArrayList<>(chosen);
    }

    private static String label(String kind) {
        return kind.toLowerCase().replace('_', ' ');
    }

    private String paragraph(int words) {
        StringBuilder text = new StringBuilder();
        while (words > 0) {
            int length = Math.min(words, 12 + random.nextInt(18));
            text.append(sentence(length)).append(' ');
            words -= length;
        }
        return text.toString().strip();
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Squaring the draw favours the first words of the list, as real texts favour common words.
            double draw = random.nextDouble();
            String word = WORDS[(int) (draw * draw * WORDS.length)];
            text.append(i == 0 ? capitalised(word) : word).append(i == words - 1 ? "." : " ");
        }
        return text.toString();
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void loadIds(String sql, List<Long> ids, List<String> names) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql + " order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                names.add(rows.getString(2));
            }
        }
    }

    private static void collect(ResultSet keys, List<Long> ids) throws SQLException {
        while (keys.next()) {
            ids.add(keys.getLong(1));
        }
    }

    private static long max(Statement query, String table) throws SQLException {
        try (ResultSet row = query.executeQuery("select coalesce(max(id), 0) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
