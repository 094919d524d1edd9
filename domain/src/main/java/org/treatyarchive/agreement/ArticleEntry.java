package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An article; {@code id} ties it to the stored article it revises. */
public class ArticleEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    @NotBlank(message = "Enter the article's number as printed (1, 2, 5 bis...).")
    @Size(max = Article.NUMBER_MAX, message = "The article number is too long: at most {max} characters.")
    private String number;
    @Size(max = Article.HEADING_MAX, message = "The heading is too long: at most {max} characters.")
    private String heading;
    @Size(max = Article.TEXT_MAX, message = "The article text is too long: at most {max} characters.")
    private String text;

    public ArticleEntry() {
    }

    public ArticleEntry(String number, String heading, String text) {
        this.number = number;
        this.heading = heading;
        this.text = text;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
