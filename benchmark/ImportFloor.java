import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The import benchmark's register and its floor. {@code write FILE ROWS} writes a register of ROWS
 * agreements as CSV (semicolons, a register number each, two to five Caspian parties, dates spread
 * over thirty years). {@code floor JDBC_URL ROWS} inserts the same rows with a plain JDBC batch (an
 * agreement row and its party rows, a commit every 1,000 agreements), timed: what the database alone
 * needs, without reading, checking, auditing or indexing, against which the archive's import is quoted.
 */
public class ImportFloor {

    private static final String[] PARTIES = {"AZ", "IR", "KZ", "RU", "TM"};
    private static final String[] KINDS = {"AGREEMENT", "PROTOCOL", "MEMORANDUM_OF_UNDERSTANDING", "CONVENTION", "EXCHANGE_OF_NOTES"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            System.out.println(floor(args[1], Integer.parseInt(args[2])));
        }
    }

    static String title(int row) {
        return "Benchmark agreement " + row + " on cooperation in the Caspian region";
    }

    static String signed(int row) {
        return String.format("%04d-%02d-%02d", 1992 + row % 30, 1 + row % 12, 1 + row % 28);
    }

    static int parties(int row) {
        return 2 + row % 4;
    }

    static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("externalId;officialTitle;kind;format;signed;placeOfSignature;parties;classification;title:ru\n");
            for (int row = 1; row <= rows; row++) {
                int count = parties(row);
                StringBuilder codes = new StringBuilder();
                for (int p = 0; p < count; p++) {
                    codes.append(p == 0 ? "" : "; ").append(PARTIES[(row + p) % PARTIES.length]);
                }
                out.write("REG-" + row + ";" + title(row) + ";" + KINDS[row % KINDS.length] + ";" + (count == 2 ? "BILATERAL" : "MULTILATERAL")
                        + ";" + signed(row) + ";Baku;\"" + codes + "\";CONFIDENTIAL;Соглашение " + row + "\n");
            }
        }
    }

    static long floor(String url, int rows) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("drop table if exists floor_party");
                ddl.execute("drop table if exists floor_agreement");
                ddl.execute("create table floor_agreement (id bigint primary key, external_id varchar(100) unique, title varchar(2000), "
                        + "kind varchar(40), format varchar(20), signed date, place varchar(200), classification varchar(20), title_ru varchar(1000))");
                ddl.execute("create table floor_party (agreement_id bigint, party varchar(20), primary key (agreement_id, party))");
            }
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement agreement = db.prepareStatement("insert into floor_agreement values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement party = db.prepareStatement("insert into floor_party values (?, ?)")) {
                for (int row = 1; row <= rows; row++) {
                    int count = parties(row);
                    agreement.setLong(1, row);
                    agreement.setString(2, "REG-" + row);
                    agreement.setString(3, title(row));
                    agreement.setString(4, KINDS[row % KINDS.length]);
                    agreement.setString(5, count == 2 ? "BILATERAL" : "MULTILATERAL");
                    agreement.setString(6, signed(row));
                    agreement.setString(7, "Baku");
                    agreement.setString(8, "CONFIDENTIAL");
                    agreement.setString(9, "Соглашение " + row);
                    agreement.addBatch();
                    for (int p = 0; p < count; p++) {
                        party.setLong(1, row);
                        party.setString(2, PARTIES[(row + p) % PARTIES.length]);
                        party.addBatch();
                    }
                    if (row % 1000 == 0 || row == rows) {
                        agreement.executeBatch();
                        party.executeBatch();
                        db.commit();
                    }
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
