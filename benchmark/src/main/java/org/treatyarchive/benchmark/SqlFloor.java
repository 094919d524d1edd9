package org.treatyarchive.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.ArrayList;

/**
 * The database's own time for what the pages ask of it, measured over JDBC on the same MariaDB in
 * the same run: the floor under the archive's figures. Prints one line per query in the format the
 * wrk script prints, so that the run's report is one table.
 * <p>
 * Usage: {@code SqlFloor jdbc:mysql://127.0.0.1:3306/treaty_bench root "" seconds word...}
 */
public final class SqlFloor {

    private SqlFloor() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[3]);
        List<String> words = Arrays.asList(args).subList(4, args.length);
        Random random = new Random(7);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            List<String> references = references(db);
            // The list page's first page: newest first, with the total, on the (signed_on, id) index.
            time("sql-list-page", seconds, db, connection -> {
                run(connection, "select id, reference, official_title, kind, signed_on from agreement where classification = 'PUBLIC' "
                        + "and publication = 'PUBLISHED' order by signed_on desc, id desc limit 20");
                run(connection, "select count(*) from agreement where classification = 'PUBLIC' and publication = 'PUBLISHED'");
            });
            // One record with its parties and articles, by its unique reference.
            time("sql-detail", seconds, db, connection -> {
                String reference = references.get(random.nextInt(references.size()));
                run(connection, "select * from agreement where reference = ?", reference);
                run(connection, "select p.*, pa.name from participation p join party pa on pa.id = p.party_id join agreement a "
                        + "on a.id = p.agreement_id where a.reference = ?", reference);
                run(connection, "select ar.* from article ar join agreement a on a.id = ar.agreement_id where a.reference = ? "
                        + "order by ar.position", reference);
            });
            // The same words as the search benchmark, the way SQL alone would look for them: a scan.
            time("sql-search-like", seconds, db, connection -> {
                String pattern = "%" + words.get(random.nextInt(words.size())) + "%";
                run(connection, "select id, reference, official_title from agreement where publication = 'PUBLISHED' and "
                        + "(official_title like ? or summary like ?) order by signed_on desc limit 20", pattern, pattern);
            });
        }
    }

    interface Query {
        void run(Connection connection) throws SQLException;
    }

    private static void time(String name, int seconds, Connection db, Query query) throws SQLException {
        long[] latencies = new long[1_000_000];
        int count = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        while (System.nanoTime() < end && count < latencies.length) {
            long before = System.nanoTime();
            query.run(db);
            latencies[count++] = System.nanoTime() - before;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        System.out.printf("%-22s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %8.1f req/s  errors 0  (1 connection, %d queries)%n",
                name, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), count / elapsed, count);
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)] / 1e6;
    }

    private static void run(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        }
    }

    private static List<String> references(Connection db) throws SQLException {
        try (PreparedStatement sample = db.prepareStatement("select reference from agreement order by id desc limit 5000");
             ResultSet rows = sample.executeQuery()) {
            List<String> references = new ArrayList<>();
            while (rows.next()) {
                references.add(rows.getString(1));
            }
            return references;
        }
    }
}
