package org.newskg.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.event.AttributedArticle;
import org.newskg.extract.AnnotationCache;
import org.newskg.extract.CoreNlpModels;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.IriScheme;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;

/**
 * Developer's tool: the actors and events of cached articles whose text holds a string, with
 * each sentence's parse. Args: INPUT CACHE_DIR TEXT|@N [SENTENCE_TEXT]: the articles holding
 * TEXT, or N picked at random; the parse of the sentences holding SENTENCE_TEXT.
 */
final class EventDebug {
  public static void main(String[] args) throws Exception {
    List<Article> articles = new ArrayList<>();
    new ArticleSources().read(List.of(Path.of(args[0])),
        new ArticleDefaults(null, System.getProperty("published")), new ArticleSink() {
      @Override
      public void article(Article a) {
        if (args[2].startsWith("@") || a.text().contains(args[2])) {
          articles.add(a);
        }
      }

      @Override
      public void problem(String where, String message) {}
    });
    if (args[2].startsWith("@")) {
      // "@30": thirty articles picked at random (seed 17), to read their events
      java.util.Collections.shuffle(articles, new java.util.Random(17));
      articles.subList(Integer.parseInt(args[2].substring(1)), articles.size()).clear();
    }
    AnnotationCache cache = new AnnotationCache(Path.of(args[1]),
        CoreNlpModels.newsProperties(false));
    ProcessorFactory f = new ProcessorFactory(() -> new CoreNlpModels(false), cache,
        IriScheme.defaultScheme());
    ArticleProcessor p = f.newProcessor(new StageTimes());
    for (Article a : articles) {
      AttributedArticle at = p.analyze(a);
      System.out.println("ARTICLE " + a.id() + " " + a.published());
      at.entities().actors().forEach(x -> System.out.println("ACTOR " + x.type() + " "
          + x.label() + " " + x.names().stream().map(n -> n.text()).toList()));
      for (Event e : at.events()) {
        System.out.println("EVENT " + e.code() + " " + e.trigger() + " A="
            + e.actors().stream().map(x -> x.label()).toList() + " T="
            + e.targets().stream().map(x -> x.label()).toList() + " " + e.date() + " "
            + e.actorCodes().entrySet().stream().map(x -> x.getKey().label() + "=" + x.getValue())
            .toList());
      }
      if (args.length > 3) {
        for (Sentence s : at.annotated().sentences()) {
          if (!a.text().substring(s.begin(), s.end()).contains(args[3])) {
            continue;
          }
          for (Token t : s.tokens()) {
            System.out.println("  " + t.index() + " " + t.word() + " " + t.lemma() + " "
                + t.pos() + " " + t.ner() + " " + t.head() + " " + t.deprel());
          }
        }
      }
    }
  }
}
