package org.treatyarchive.persistence.config;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.jpa.HibernatePersistenceProvider;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Hibernate, with the schema migrated before it starts.
 * <p>
 * The container creates the persistence unit before any application code runs, and Hibernate reads
 * the database while it starts. Migrating here means Hibernate never meets an old schema, a database
 * that cannot be reached stops the deployment with our message rather than Hibernate's "Unable to
 * determine Dialect", and MariaDB (which the MySQL driver reports as MySQL 5.5.5) gets its own
 * dialect.
 */
public class ArchivePersistenceProvider extends HibernatePersistenceProvider {

    /** The factory of this deployment: each deployment has its own class loader, hence its own copy. */
    private static volatile EntityManagerFactory factory;

    /**
     * @throws IllegalStateException before the container has created the persistence unit
     */
    public static EntityManagerFactory entityManagerFactory() {
        EntityManagerFactory current = factory;
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("The persistence unit 'archive' has not been started by the container.");
        }
        return current;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        DataSource dataSource = info.getJtaDataSource() != null ? info.getJtaDataSource() : info.getNonJtaDataSource();
        Map<String, Object> settings = new HashMap<>(properties == null ? Map.of() : properties);
        if (dataSource != null) {
            SchemaMigration.Database database = SchemaMigration.migrate(dataSource);
            if (database.isMariaDb() && !settings.containsKey("hibernate.dialect") && !info.getProperties().containsKey("hibernate.dialect")) {
                settings.put("hibernate.dialect", MariaDbThroughMySqlDriverDialect.class.getName());
            }
        }
        EntityManagerFactory created = super.createContainerEntityManagerFactory(info, settings);
        factory = created;
        return created;
    }
}
