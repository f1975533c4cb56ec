package org.newskg.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * Who holds an office, as other articles title them ("Chancellor Gordon Brown"): "the
 * chancellor insisted …" in an article that names Mr Brown but never titles him is Mr Brown,
 * when of the people it names he is the one the table knows to hold that office, or the one the
 * articles title so far more often than the others ("the prime minister" where both Mr Blair
 * and Mr Brown are named). British news often leaves the link to the reader's knowledge; the
 * table is that knowledge, learned by {@code newskg train offices} from the articles it names.
 * An office held by no one the article names, or by two of them alike, stays a description; so
 * does one the article titles someone with itself (that is {@link TitledElsewhere}'s). What the
 * table learned from dated articles holds around their dates only; from undated ones, for
 * undated articles only.
 */
public final class OfficeHolders {
  /** Where the shipped table is on the classpath. */
  public static final String SHIPPED = "/attribute/office-holders.tsv";
  /** How far beyond the dates it was seen in a holder may still hold the office. */
  private static final int YEARS_AROUND = 1;
  /** How many times more often than the next the holder must be titled so. */
  private static final int DOMINANCE = 3;

  /**
   * One holder of one office.
   *
   * @param name     the person's name as the articles give it ("Gordon Brown")
   * @param articles how many articles title them so
   * @param first    the earliest of those articles' dates, or null when none had one
   * @param last     the latest, or null
   */
  public record Holder(String name, int articles, LocalDate first, LocalDate last) {}

  private final Map<String, List<Holder>> byOffice;

  public OfficeHolders(Map<String, List<Holder>> byOffice) {
    Map<String, List<Holder>> copy = new TreeMap<>();
    byOffice.forEach((office, holders) -> copy.put(office, List.copyOf(holders)));
    this.byOffice = copy;
  }

  /** The shipped table, or an empty one when there is none. */
  public static OfficeHolders loadShipped() {
    try (InputStream in = OfficeHolders.class.getResourceAsStream(SHIPPED)) {
      return in == null ? new OfficeHolders(Map.of()) : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    }
  }

  /** Reads the table as {@link #write} writes it. */
  public static OfficeHolders read(InputStream in) throws IOException {
    Map<String, List<Holder>> byOffice = new TreeMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IOException("office table line has " + f.length + " fields, not 5: " + line);
      }
      byOffice.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Holder(f[1],
          Integer.parseInt(f[2]), day(f[3]), day(f[4])));
    }
    return new OfficeHolders(byOffice);
  }

  /** Writes the table: {@code header} as "#" lines, then one office and holder a line. */
  public void write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    out.write("# office\tholder\tarticles\tfirst\tlast\n");
    for (var e : byOffice.entrySet()) {
      for (Holder h : e.getValue()) {
        out.write(e.getKey() + "\t" + h.name() + "\t" + h.articles() + "\t"
            + (h.first() == null ? "-" : h.first()) + "\t"
            + (h.last() == null ? "-" : h.last()) + "\n");
      }
    }
  }

  /** The offices and their holders. */
  public Map<String, List<Holder>> byOffice() {
    return byOffice;
  }

  /** {@code s} with the one holder the article names of the office it is described by. */
  Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || byOffice.isEmpty()) {
      return s;
    }
    String office;
    if (head.pos().equals("PRP")) {
      // "he" for an office named before ("The prime minister … He said …")
      office = s.speakerDescription().toLowerCase(Locale.ROOT);
    } else if (head.pos().equals("NN") && OfficeTitles.officeNoun(head) && plainThe(here, head)) {
      office = Clauses.descriptionWords(article, here, head);
    } else {
      return s;
    }
    Actor holder = holderNamed(article, entities, office);
    return holder == null ? s : s.spokenBy(holder, Statement.Rule.NOMINAL);
  }

  /**
   * "Mr Blunkett was joined by Tony Blair … Mr Blunkett said … The prime minister said": an
   * office the rules gave to the person named just before is the one holder the article names
   * when the table knows that one to hold it and never titled the other so; {@code s} itself
   * otherwise.
   */
  Statement reconsider(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() == null || s.speaker().type() != ActorType.PERSON
        || s.speakerMention() == null || byOffice.isEmpty()) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().equals("NN") || !OfficeTitles.officeNoun(head)
        || !plainThe(here, head)) {
      return s;
    }
    String office = Clauses.descriptionWords(article, here, head);
    List<Holder> holders = byOffice.get(office);
    if (holders == null || holders.stream().anyMatch(h -> sameName(h.name(),
        s.speaker().label()))) {
      return s;
    }
    Actor holder = holderNamed(article, entities, office);
    return holder == null || holder.equals(s.speaker()) ? s
        : s.spokenBy(holder, Statement.Rule.NOMINAL);
  }

  /**
   * Of the people the article names, the holder of {@code office} the articles title so far
   * more often than any other ("the prime minister" in an article naming Mr Blair and Mr
   * Brown); null when there is none, or when the article titles someone with it itself (the
   * article's own titles decide: "Chancellor Gerhard Schroeder … the chancellor").
   */
  private Actor holderNamed(AnnotatedArticle article, ArticleEntities entities, String office) {
    List<Holder> holders = byOffice.get(office);
    if (holders == null) {
      return null;
    }
    boolean titledHere = OfficeTitles.of(article, entities).values().stream()
        .anyMatch(t -> t.contains(office));
    if (titledHere) {
      return null;
    }
    LocalDate published = article.article().publishedDay();
    Actor best = null;
    int most = 0;
    int next = 0;
    for (Actor a : entities.actors()) {
      int articles = a.type() != ActorType.PERSON ? 0 : holders.stream()
          .filter(h -> heldThen(h, published) && sameName(h.name(), a.label()))
          .mapToInt(Holder::articles).sum();
      if (articles > most) {
        next = most;
        most = articles;
        best = a;
      } else {
        next = Math.max(next, articles);
      }
    }
    return best != null && most >= DOMINANCE * next ? best : null;
  }

  /**
   * "the chancellor", with "the" and no words after it that say whose or which office it is
   * (a day the parser hung on it, "The prime minister on Sunday said", says neither).
   */
  private static boolean plainThe(Sentence s, Token head) {
    boolean the = false;
    for (Token d : s.dependents(head.index())) {
      String rel = d.deprel();
      if (rel.equals("det")) {
        the = Clauses.lower(d.word()).equals("the");
      } else if (rel.equals("nmod:poss") || rel.startsWith("acl") || rel.equals("appos")
          || rel.startsWith("nmod") && !"DATE".equals(d.ner())) {
        return false;
      }
    }
    return the;
  }

  private static boolean heldThen(Holder h, LocalDate published) {
    if (published == null) {
      return true;
    }
    return h.first() != null && h.last() != null
        && !published.isBefore(h.first().minusYears(YEARS_AROUND))
        && !published.isAfter(h.last().plusYears(YEARS_AROUND));
  }

  /** "Gordon Brown" and "Gordon Brown", or a surname alone ("Brown"). */
  private static boolean sameName(String holder, String label) {
    String h = holder.toLowerCase(Locale.ROOT);
    String l = label.toLowerCase(Locale.ROOT);
    return h.equals(l) || !l.contains(" ") && h.endsWith(" " + l);
  }

  /** A day of the table, "-" for none. */
  private static LocalDate day(String field) throws IOException {
    try {
      return field.equals("-") ? null : LocalDate.parse(field);
    } catch (DateTimeParseException e) {
      throw new IOException("office table date is no day: " + field, e);
    }
  }
}
