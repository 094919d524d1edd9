package org.treatyarchive.agreement;

/**
 * An article as the form holds it, for {@link Agreement#reviseArticles(java.util.List)}.
 *
 * @param id the article it revises, or {@code null} for a new one
 */
public record ArticleText(Long id, String number, String heading, String text) {
}
