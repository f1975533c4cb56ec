package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.Quote;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/**
 * What the ranker reads of a pooled candidate: the rules that proposed it and their evidence
 * (mention form, cue, distances, clause structure), the candidate itself (type, salience) and
 * the quote (kind, length, place in its paragraph). Binary features, named by strings.
 */
final class SpeakerFeatures {
  // compiled once: read for every candidate
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[.!?,;:]$");

  /** Reporting verbs frequent enough in news to carry a weight of their own. */
  private static final Set<String> COMMON_CUES = ImmutableSet.of("say", "tell", "add",
      "write", "according to", "ask", "note", "explain", "argue", "call", "describe", "insist",
      "warn", "claim", "tweet", "state", "announce", "suggest", "continue", "quote", "recall",
      "declare", "respond", "reply", "acknowledge", "accuse", "admit", "promise", "vow",
      "predict", "complain", "urge", "post");

  private SpeakerFeatures() {}

  /**
   * What the features read of the quote alone, the same for each of its candidates: worked out
   * once per quote.
   */
  record QuoteShape(String kind, int words, List<String> features) {
    static QuoteShape of(QuoteContext c) {
      Quote q = c.quote();
      return new QuoteShape(Kinds.kindOf(c.article(), q),
          SPACES.split(q.inner().text().strip()).length, quoteFeatures(q.inner().text()));
    }
  }

  static List<String> of(QuoteContext c, List<SpeakerCandidate> all,
                         SpeakerCandidate nearestClause, int pooled) {
    return of(c, all, nearestClause, pooled, QuoteShape.of(c));
  }

  static List<String> of(QuoteContext c, List<SpeakerCandidate> all,
                         SpeakerCandidate nearestClause, int pooled, QuoteShape shape) {
    SpeakerCandidate first = all.get(0);
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    String rule = first.rule().label();
    Form form = first.evidence().form();
    f.add("rule=" + rule);
    f.add("form=" + form);
    f.add("rule|form=" + rule + "|" + form);
    for (SpeakerCandidate a : all) {
      f.add("has=" + a.rule().label());
    }
    f.add("rules=" + Math.min(all.size(), 3));
    // the rule's own confidence, which holds what the rule weighed (a new name between a quote
    // and the one it continues lowers it)
    f.add("prior=" + Math.round(first.prior() * 20) / 20.0);
    Actor actor = first.speaker();
    String type = actor == null ? "DESCRIPTION" : actor.type().name();
    f.add("type=" + type);
    f.add("rule|type=" + rule + "|" + type);
    String cue = first.cue() == null ? "none"
        : COMMON_CUES.contains(first.cue()) ? first.cue() : "other";
    f.add("cue=" + cue);
    SpeakerCandidate.Evidence e = first.evidence();
    if (e.cueDistance() >= 0) {
      f.add("cueDist=" + bucket(e.cueDistance(), 2, 10, 40, 120, 300));
      f.add("cueAfter=" + e.cueAfter());
      f.add("rule|cueAfter=" + rule + "|" + e.cueAfter());
    }
    f.add("back=" + Math.min(Math.max(e.paragraphsBack(), 0), 2));
    if (e.embedded()) {
      f.add("embedded");
      f.add("embedded|rule=" + rule);
    }
    if (e.quoteInComplement()) {
      f.add("quoteUnderCue");
    }
    Quote q = c.quote();
    String kind = shape.kind();
    f.add("kind=" + kind);
    f.add("rule|kind=" + rule + "|" + kind);
    int words = shape.words();
    f.add("words=" + bucket(words, 2, 4, 8, 16, 30));
    f.add("rule|words=" + rule + "|" + bucket(words, 3, 8, 20));
    String ruleClass = switch (first.rule()) {
      case CONTINUATION, EARLIER_CLAUSE -> "inherited";
      case NEARBY_NAME, CORENLP -> "nearby";
      default -> "clause";
    };
    for (String qf : shape.features()) {
      f.add(qf);
      f.add(ruleClass + "|" + qf);
    }
    String text = c.article().text();
    boolean startsParagraph = q.outer().begin() == 0 || text.charAt(q.outer().begin() - 1) == '\n';
    f.add("startsParagraph=" + startsParagraph);
    int before = q.outer().begin() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && text.charAt(before) == ':') {
      // "…, as Joel Pollak observed:" and the quotation in the next paragraph
      boolean sameParagraph = text.substring(before, q.outer().begin()).indexOf('\n') < 0;
      f.add("introducedByColon=" + (sameParagraph ? "sameParagraph" : "paragraphBefore"));
      f.add("introducedByColon|rule=" + rule);
    }
    int after = q.outer().end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (startsParagraph && (after >= text.length() || text.charAt(after) == '\n')) {
      f.add("wholeParagraph");
      f.add("wholeParagraph|rule=" + rule);
    }
    if (c.previous() != null && actor != null && actor == c.previous().speaker()
        || c.previous() != null && actor == null && first.description() != null
        && first.description().equals(c.previous().speakerDescription())) {
      f.add("previousSpeaker|gap=" + Math.min(c.gapToPrevious(), 2));
    }
    if (nearestClause != null && !nearestClause.names()) {
      f.add("nearestClauseNamesNoOne");
    }
    if (nearestClause != null && nearestClause.names() && nearestClause != first
        && !all.contains(nearestClause)) {
      f.add("nearestClauseNamesOther");
    }
    f.add("pooled=" + bucket(pooled, 1, 2, 4));
    if (actor != null) {
      f.add("mentions=" + bucket(actor.mentions().size(), 1, 2, 4, 8));
      f.add("nameDist=" + bucket(nearestName(actor, q), 0, 30, 100, 300, 1000));
    } else if (first.description() != null) {
      String[] d = first.description().toLowerCase(java.util.Locale.ROOT).split(" ");
      f.add("desc.head=" + d[d.length - 1]);
      f.add("desc.words=" + Math.min(d.length, 3));
    }
    return new ArrayList<>(f);
  }

  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
      "(?i)\\b(i|i'm|i’m|me|my|we|we're|we’re|us|our)\\b");

  /** What makes quoted words someone's speech rather than a term or a title. */
  private static List<String> quoteFeatures(String inner) {
    List<String> out = new ArrayList<>();
    String t = inner.strip();
    if (FIRST_PERSON.matcher(t).find()) {
      out.add("q.firstPerson");
    }
    if (ENDS_PUNCTUATED.matcher(t).matches()) {
      out.add("q.endsPunct");
    }
    if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
      out.add("q.lowerStart");
    }
    String[] words = SPACES.split(t);
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    if (words.length <= 8 && capitalised * 2 > words.length) {
      out.add("q.titleCase");
    }
    return out;
  }

  /** Characters from the actor's nearest name (outside the quote) to the quote. */
  private static int nearestName(Actor actor, Quote q) {
    int best = Integer.MAX_VALUE;
    for (Span m : actor.names()) {
      if (m.overlaps(q.outer())) {
        continue;
      }
      int d = m.begin() >= q.outer().end() ? m.begin() - q.outer().end()
          : q.outer().begin() - m.end();
      best = Math.min(best, d);
    }
    return best;
  }

  /** "le2", "le10", …, "gt300": the first bound at or above {@code x}. */
  static String bucket(int x, int... bounds) {
    for (int b : bounds) {
      if (x <= b) {
        return "le" + b;
      }
    }
    return "gt" + bounds[bounds.length - 1];
  }
}
