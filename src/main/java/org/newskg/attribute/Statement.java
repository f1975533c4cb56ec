package org.newskg.attribute;

import java.time.LocalDate;
import java.util.List;
import org.newskg.extract.Quote;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/**
 * A quote or a reported clause, with who said it and whom it is about.
 *
 * @param index          0-based position among the article's statements
 * @param quote          the quoted words; for indirect speech, the reported clause (its outer
 *                       and inner spans both the clause, index -1)
 * @param kind           "direct", "partial" (a fragment woven into the reporter's sentence),
 *                       "indirect" (reported speech: the clause a cue reports, no quotation
 *                       marks needed), "nominal" (a speech act reported by a noun phrase, no
 *                       clause: "criticized the cuts", "denied the claims") or "term" (scare
 *                       quotes, a coined term or a title: no speaker)
 * @param speaker        who said it, or null when no speaker could be established
 * @param speakerMention the words that identify the speaker ("she", "Mr. Lavrov"), or null
 * @param speakerDescription an unnamed speaker in the article's words ("senior official"), only
 *                       when {@code speaker} is null and the reporting clause describes someone
 * @param confidence     0..1, how sure the attribution is (0 when there is no speaker)
 * @param cue            lemma of the reporting verb ("say", "tell"), or null
 * @param rule           which rule decided the speaker, or null when there is no speaker
 * @param date           when it was said: the reporting clause's date, else the article's
 * @param about          the actors the quoted words are about
 * @param partOf         for a quote inside a reported clause ("she said the plan was “dead”"),
 *                       the index of the indirect statement it is part of; else null
 */
public record Statement(int index, Quote quote, String kind, Actor speaker, Span speakerMention,
                        String speakerDescription, double confidence, String cue, Rule rule, LocalDate date,
                        List<Actor> about, Integer partOf) {
  public static final String KIND_DIRECT = "direct";
  public static final String KIND_PARTIAL = "partial";
  public static final String KIND_TERM = "term";
  public static final String KIND_INDIRECT = "indirect";
  public static final String KIND_NOMINAL = "nominal";

  /** The attribution rules, as recorded in the graph (nkg:attributionRule). */
  public enum Rule {
    REPORTING_CLAUSE("reporting-clause"), PRONOUN("pronoun"), NOMINAL("nominal"),
    QUOTED_AS("quoted-as"), NAME_BEFORE_VERB("name-before-verb"), UNNAMED_SOURCE("unnamed-source"),
    EARLIER_CLAUSE("earlier-clause"), CONTINUATION("continuation"), CORENLP("corenlp"),
    OTHER_CLAUSE("other-clause"), NEARBY_NAME("nearby-name"), DASH_CREDIT("dash-credit");

    private final String label;

    Rule(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Statement {
    about = List.copyOf(about);
  }

  public Statement(int index, Quote quote, String kind, Actor speaker, Span speakerMention,
                   String speakerDescription, double confidence, String cue, Rule rule,
                   LocalDate date, List<Actor> about) {
    this(index, quote, kind, speaker, speakerMention, speakerDescription, confidence, cue, rule,
        date, about, null);
  }

  /** The same statement as a quotation of another kind. */
  Statement withKind(String newKind) {
    return new Statement(index, quote, newKind, speaker, speakerMention, speakerDescription,
        confidence, cue, rule, date, about, partOf);
  }

  /** The same statement as part of the indirect statement {@code whole}. */
  public Statement partOf(int whole) {
    return new Statement(index, quote, kind, speaker, speakerMention, speakerDescription,
        confidence, cue, rule, date, about, whole);
  }

  /**
   * The same statement spoken by {@code named}, found by {@code how}: a description the step
   * after attribution resolved to who it stands for.
   */
  Statement spokenBy(Actor named, Rule how) {
    return new Statement(index, quote, kind, named, speakerMention, null, confidence, cue, how,
        date, about, partOf);
  }

  /** The same statement, its speaker no one named but described as {@code description}. */
  Statement describedOnlyAs(String description) {
    return new Statement(index, quote, kind, null, speakerMention, description, confidence, cue,
        rule, date, about, partOf);
  }

  /** The same statement, its speaker an unnamed source described as {@code description}. */
  Statement unnamed(String description) {
    return new Statement(index, quote, kind, null, speakerMention, description, confidence, cue,
        Rule.UNNAMED_SOURCE, date, about, partOf);
  }

  /** The same statement, its unnamed speaker mentioned by {@code mention}, so described. */
  Statement mentionedAs(Span mention, String description) {
    return new Statement(index, quote, kind, speaker, mention, description, confidence, cue,
        rule, date, about, partOf);
  }

  /** The same statement, its unnamed speaker described as {@code description}. */
  public Statement describedAs(String description) {
    return new Statement(index, quote, kind, speaker, speakerMention, description,
        confidence, cue, rule, date, about, partOf);
  }

  /**
   * The indices of the statements that have a speaker mention, in the order of those mentions
   * in the text: the order in which steps that go on from one speaker to the next read them.
   */
  static List<Integer> inMentionOrder(List<Statement> statements) {
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).speakerMention() != null) {
        order.add(i);
      }
    }
    order.sort(java.util.Comparator.comparingInt(i -> statements.get(i).speakerMention().begin()));
    return order;
  }
}
