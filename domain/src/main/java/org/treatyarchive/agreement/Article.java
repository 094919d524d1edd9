package org.treatyarchive.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Check;

import java.util.Objects;

/**
 * An article of an agreement: its number as printed ("1", "5 bis"), an optional heading, its text.
 * Created only through {@link Agreement#addArticle(String, String, String)}.
 */
@Entity
@Table(name = "article")
@Audited
public class Article extends BaseEntity {

    public static final int NUMBER_MAX = 20;
    public static final int HEADING_MAX = 500;
    public static final int TEXT_MAX = 100000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "number", length = NUMBER_MAX, nullable = false)
    private String number;

    @Column(name = "heading", length = HEADING_MAX)
    private String heading;

    @Column(name = "body", length = TEXT_MAX)
    private String text;

    protected Article() {
        // for JPA
    }

    Article(Agreement agreement, int position, String number, String heading, String text) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.position = position;
        this.number = Check.requiredText("articles", "The article number", number, NUMBER_MAX);
        revise(heading, text);
    }

    public void revise(String heading, String text) {
        this.heading = Check.optionalText("articles", "The heading of article " + number, heading, HEADING_MAX);
        this.text = Check.optionalText("articles", "The text of article " + number, text, TEXT_MAX);
    }

    /** Only through {@link Agreement#reviseArticles}, which keeps the numbers unique. */
    void renumber(String number) {
        this.number = Check.requiredText("articles", "The article number", number, NUMBER_MAX);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getPosition() {
        return position;
    }

    public String getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }
}
