package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.LocalizedText;

import java.io.Serializable;

/** A title in another language, a row of {@link AgreementEdit}'s titles. */
public class TitleEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    @NotBlank(message = "Enter the language of the title (en, ru, fa, kk-Cyrl...).")
    private String language;
    @NotBlank(message = "Enter the title in that language, or remove the row.")
    @Size(max = LocalizedText.TEXT_MAX, message = "The title is too long: at most {max} characters.")
    private String text;

    public TitleEntry() {
    }

    public TitleEntry(String language, String text) {
        this.language = language;
        this.text = text;
    }

    public boolean isRightToLeft() {
        try {
            return language != null && new LocalizedText(language, "x").isRightToLeft();
        } catch (RuntimeException notALanguage) {
            return false;
        }
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
