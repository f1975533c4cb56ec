package org.newskg.attribute;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.attribute.SpeakerCandidate.Evidence;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;

/**
 * "“…” ― Ana Ruiz": a quotation credited after a dash on its own line's end, as collected
 * reactions, readers' letters and epigraphs give their speakers. The name right after the dash
 * is the speaker, whoever the paragraph named before.
 */
final class DashCreditSieve implements SpeakerSieve {
  private static final Pattern ONE_STOP = Pattern.compile("[.,;]?");
  private static final Pattern ANY_QUOTE_MARK = Pattern.compile("(?s).*[“\"].*");

  static final double CONF_DASH_CREDIT = 0.9;
  /** How far after the closing mark the dash may stand (spaces, a stray full stop). */
  private static final int MAX_GAP = 3;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    String text = c.article().text();
    int end = c.quote().outer().end();
    int i = afterSpaces(text, end, Math.min(text.length(), end + MAX_GAP));
    int dashEnd;
    if (i < text.length() && "―—–".indexOf(text.charAt(i)) >= 0) {
      dashEnd = i + 1;
    } else if (text.startsWith("--", i)) {
      dashEnd = i + 2;
    } else {
      return List.of();
    }
    int name = afterSpaces(text, dashEnd, text.length());
    for (Actor a : c.entities().actors()) {
      if (a.type() != ActorType.PERSON && a.type() != ActorType.ORGANIZATION) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() == name && creditEnds(text, m.end())) {
          return List.of(new SpeakerCandidate(a, null, m, Statement.Rule.DASH_CREDIT,
              CONF_DASH_CREDIT, null, c.article().sentenceAt(m.begin()), null,
              new Evidence(Form.NAME, name - end, true, 0, false, false)));
        }
      }
    }
    // a name the entity tagger missed: two to four proper nouns up to the credit's end
    Sentence s = c.article().sentenceAt(name);
    if (s == null) {
      return List.of();
    }
    int first = s.tokenAt(name);
    if (first < 0 || s.tokens().get(first).begin() != name) {
      return List.of();
    }
    int last = first;
    while (last + 1 < s.tokens().size() && s.tokens().get(last + 1).pos().equals("NNP")
        && last - first < 3) {
      last++;
    }
    List<Token> words = s.tokens().subList(first, last + 1);
    if (words.size() < 2 || !words.stream().allMatch(t -> t.pos().equals("NNP")
        && Character.isUpperCase(t.word().codePointAt(0)))
        || !creditEnds(text, words.get(words.size() - 1).end())) {
      return List.of();
    }
    Span m = new Span(name, words.get(words.size() - 1).end(),
        text.substring(name, words.get(words.size() - 1).end()));
    return List.of(new SpeakerCandidate(null, m.text(), m, Statement.Rule.DASH_CREDIT,
        CONF_DASH_CREDIT, null, s, null,
        new Evidence(Form.NAME, name - end, true, 0, false, false)));
  }

  /** The first offset from {@code from} (before {@code limit}) that is not a space. */
  private static int afterSpaces(String text, int from, int limit) {
    int i = from;
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  /**
   * The credit is the name, perhaps with a short description after a comma ("― Ana Ruiz, 34,
   * nurse"), up to the end of its line: not a sentence that goes on ("— Ana Ruiz said …").
   */
  private static boolean creditEnds(String text, int end) {
    int line = text.indexOf('\n', end);
    String rest = text.substring(end, line < 0 ? text.length() : line).replace('\u00a0', ' ')
        .strip();
    return rest.isEmpty() || ONE_STOP.matcher(rest).matches() || rest.startsWith(",")
        && rest.length() <= 60 && !ANY_QUOTE_MARK.matcher(rest).matches();
  }
}
