package org.treatyarchive.agreement;

import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.treatyarchive.agreement.AgreementField.ARTICLES;

/**
 * The articles of one agreement in reading order and the rules of that list: each number once
 * (compared without case, "5 bis" and "5 BIS" are one), positions without gaps. A view over the
 * agreement's own mapped list; only {@link Agreement#articles()} makes one.
 */
public final class ArticleList {

    private final Agreement agreement;
    private final List<Article> articles;

    ArticleList(Agreement agreement, List<Article> articles) {
        this.agreement = agreement;
        this.articles = articles;
    }

    public Article add(String number, String heading, String text) {
        String normalized = Check.requiredText(ARTICLES.key(), "The article number", number, Article.NUMBER_MAX);
        if (find(normalized).isPresent()) {
            throw new InvalidRecordException(ARTICLES.key(), Phrase.of("articles.already", normalized));
        }
        Article article = new Article(agreement, articles.size(), normalized, heading, text);
        articles.add(article);
        return article;
    }

    /**
     * Makes the articles exactly those listed, in that order: listed articles with an id are revised
     * (their number may change, so two articles may swap numbers), the others added, and articles
     * not listed removed.
     */
    public void revise(List<ArticleText> wanted) {
        Map<String, ArticleText> byNumber = new HashMap<>();
        for (ArticleText entry : wanted) {
            String number = Check.requiredText(ARTICLES.key(), "The article number", entry.number(), Article.NUMBER_MAX);
            ArticleText other = byNumber.put(number.toLowerCase(), entry);
            if (other != null) {
                throw new InvalidRecordException(ARTICLES.key(), Phrase.of("articles.twice", number));
            }
        }
        Map<Long, Article> existing = new HashMap<>();
        articles.forEach(article -> existing.put(article.getId(), article));
        List<Article> ordered = new ArrayList<>();
        for (ArticleText entry : wanted) {
            Article article = entry.id() == null ? null : existing.get(entry.id());
            if (article == null) {
                article = new Article(agreement, ordered.size(), entry.number(), entry.heading(), entry.text());
            } else {
                article.renumber(entry.number());
                article.revise(entry.heading(), entry.text());
            }
            ordered.add(article);
        }
        articles.clear();
        articles.addAll(ordered);
        renumberPositions();
    }

    public Optional<Article> find(String number) {
        return articles.stream().filter(article -> article.getNumber().equalsIgnoreCase(number.strip())).findFirst();
    }

    public void remove(String number) {
        articles.removeIf(article -> article.getNumber().equalsIgnoreCase(number.strip()));
        renumberPositions();
    }

    /** Moves an article to a new place in the reading order (0 is first). */
    public void move(String number, int newPosition) {
        Article article = find(number)
                .orElseThrow(() -> new InvalidRecordException(ARTICLES.key(), Phrase.of("articles.none", number)));
        if (newPosition < 0 || newPosition >= articles.size()) {
            throw new InvalidRecordException(ARTICLES.key(), Phrase.of("articles.position", newPosition, articles.size()));
        }
        articles.remove(article);
        articles.add(newPosition, article);
        renumberPositions();
    }

    private void renumberPositions() {
        for (int position = 0; position < articles.size(); position++) {
            articles.get(position).moveTo(position);
        }
    }
}
