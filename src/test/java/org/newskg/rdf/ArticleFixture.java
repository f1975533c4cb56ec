package org.newskg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.event.AttributedArticle;
import org.newskg.attribute.Statement;
import org.newskg.event.Event;
import org.newskg.event.Place;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Country;
import org.newskg.resolve.Names;
import org.newskg.source.Article;

/**
 * An attributed article built by hand, as the extraction, resolution and event stages would
 * hand it to the mapper: actors, statements and events with spans found in our own text.
 */
public final class ArticleFixture {
  public static final Country NORWAY = new Country("NO", "NOR", "Norway");
  public static final Country SWEDEN = new Country("SE", "SWE", "Sweden");
  public static final Country DENMARK = new Country("DK", "DNK", "Denmark");
  public static final Country FINLAND = new Country("FI", "FIN", "Finland");

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?][”\"]?|$)");

  private final Article article;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  public ArticleFixture(String id, String published, String text) {
    this.article = new Article(id, null, "Headline of " + id, "Fixture Wire", published, text,
        "fixture");
    Matcher m = SENTENCE.matcher(text);
    int paragraph = 0;
    int last = 0;
    while (m.find()) {
      paragraph += (int) text.substring(last, m.start()).chars().filter(c -> c == '\n').count();
      int begin = m.start();
      while (begin < m.end() && text.charAt(begin) == ' ') {
        begin++;
      }
      if (begin < m.end()) {
        sentences.add(new Sentence(sentences.size(), begin, m.end(), paragraph, List.of()));
      }
      last = m.end();
    }
  }

  public String text() {
    return article.text();
  }

  /** The {@code occurrence}-th (0-based) occurrence of {@code words} in the text. */
  public Span span(String words, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text().indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("\"" + words + "\" #" + occurrence + " not in text");
      }
    }
    return new Span(at, at + words.length(), words);
  }

  public Span span(String words) {
    return span(words, 0);
  }

  private List<Span> every(String words) {
    List<Span> spans = new ArrayList<>();
    for (int at = text().indexOf(words); at >= 0; at = text().indexOf(words, at + 1)) {
      spans.add(new Span(at, at + words.length(), words));
    }
    return spans;
  }

  public String sentenceOf(Span span) {
    Sentence s = sentenceAt(span);
    return text().substring(s.begin(), s.end());
  }

  private Sentence sentenceAt(Span span) {
    return sentences.stream().filter(s -> s.begin() <= span.begin() && span.begin() < s.end())
        .findFirst().orElseThrow();
  }

  public Actor country(Country c) {
    return add(new Actor(c.iso2(), ActorType.COUNTRY, c.name(), new TreeSet<>(),
        every(c.name()), every(c.name()), c, Actor.Gender.UNKNOWN));
  }

  public Actor person(String label) {
    return add(new Actor(Names.slug(label), ActorType.PERSON, label, new TreeSet<>(),
        every(label), every(label), null, Actor.Gender.UNKNOWN));
  }

  public Actor organization(String label) {
    return add(new Actor(Names.slug(label), ActorType.ORGANIZATION, label, new TreeSet<>(),
        every(label), every(label), null, Actor.Gender.UNKNOWN));
  }

  private Actor add(Actor actor) {
    actors.add(actor);
    return actor;
  }

  /** A direct quote of {@code words} (the text has them between “ and ”), said on the day. */
  public Statement quote(String words, Actor speaker, LocalDate date, Actor... about) {
    Span inner = span(words);
    Span outer = new Span(inner.begin() - 1, inner.end() + 1,
        text().substring(inner.begin() - 1, inner.end() + 1));
    int sentence = sentenceAt(inner).index();
    Quote q = new Quote(quotes.size(), outer, inner, sentence, sentence, null);
    quotes.add(q);
    Statement s = new Statement(statements.size(), q, Statement.KIND_DIRECT, speaker, null, null,
        0.9, "say", Statement.Rule.REPORTING_CLAUSE, date, List.of(about));
    statements.add(s);
    return s;
  }

  /** A direct quote of {@code words} whose speaker the article only describes. */
  public Statement unnamedQuote(String words, String description, LocalDate date,
                                Actor... about) {
    Statement named = quote(words, null, date, about);
    Statement s = new Statement(named.index(), named.quote(), named.kind(), null, null,
        description, named.confidence(), named.cue(), named.rule(), date, named.about());
    statements.set(statements.size() - 1, s);
    return s;
  }

  public EventBuilder event(String cameo, String trigger) {
    return new EventBuilder(cameo, trigger);
  }

  public Place place(String label, Country country) {
    return new Place(label, country, span(label));
  }

  public AttributedArticle build() {
    AnnotatedArticle annotated = new AnnotatedArticle(article, sentences, List.of(), List.of(),
        quotes, List.of());
    return new AttributedArticle(annotated, new ArticleEntities(actors), statements, events);
  }

  public ArticleGraph graph() {
    return new ArticleGraphMapper(IriScheme.defaultScheme()).map(build());
  }

  /** One event: its first span is the trigger's first occurrence. */
  public final class EventBuilder {
    private final String cameo;
    private final String trigger;
    private final List<Span> spans = new ArrayList<>();
    private final List<Actor> eventActors = new ArrayList<>();
    private final List<Actor> targets = new ArrayList<>();
    private final List<Integer> about = new ArrayList<>();
    private LocalDate date;
    private Place place;
    private String modality;
    private String code;
    private final Map<Actor, String> actorCodes = new LinkedHashMap<>();

    private EventBuilder(String cameo, String trigger) {
      this.cameo = cameo;
      this.trigger = trigger;
      spans.add(span(trigger));
    }

    /** Another mention of the same event. */
    public EventBuilder mentionedAgain(String words, int occurrence) {
      spans.add(span(words, occurrence));
      return this;
    }

    public EventBuilder actors(Actor... a) {
      eventActors.addAll(List.of(a));
      return this;
    }

    public EventBuilder targets(Actor... t) {
      targets.addAll(List.of(t));
      return this;
    }

    public EventBuilder on(String isoDate) {
      date = LocalDate.parse(isoDate);
      return this;
    }

    public EventBuilder in(Place p) {
      place = p;
      return this;
    }

    /** The full CAMEO code (default: the root and 0). */
    public EventBuilder code(String c) {
      code = c;
      return this;
    }

    /** A participant's CAMEO actor code. */
    public EventBuilder actorCode(Actor a, String c) {
      actorCodes.put(a, c);
      return this;
    }

    public EventBuilder modality(String m) {
      modality = m;
      return this;
    }

    public EventBuilder about(Statement... statements) {
      for (Statement s : statements) {
        about.add(s.index());
      }
      return this;
    }

    public Event add() {
      Event e = new Event(events.size(), cameo, trigger, spans,
          spans.stream().map(ArticleFixture.this::sentenceOf).toList(), eventActors, targets,
          date, place, modality, about, code == null ? cameo + "0" : code, actorCodes);
      events.add(e);
      return e;
    }
  }
}
