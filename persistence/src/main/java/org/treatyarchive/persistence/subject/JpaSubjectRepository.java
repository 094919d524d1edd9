package org.treatyarchive.persistence.subject;

import jakarta.enterprise.context.ApplicationScoped;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.persistence.shared.JpaRecords;
import org.treatyarchive.shared.Usage;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubjectRepository extends JpaRecords<Subject> implements SubjectRepository {

    public JpaSubjectRepository() {
        super(Subject.class);
    }

    @Override
    public Optional<Subject> findByName(String name) {
        return findOne("select s from Subject s where s.name = :name", "name", name == null ? null : name.strip());
    }

    @Override
    public List<Subject> findAllOrderedByName() {
        return list("select s from Subject s order by s.name");
    }

    @Override
    public Usage usage(Subject subject) {
        return AgreementUsage.of(em, "from Agreement a join a.subjects s where s = :used", subject, List.of());
    }
}
