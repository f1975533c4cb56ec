package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import org.newskg.attribute.SpeakerCandidate.Evidence;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;

/**
 * People and organizations named outside quotes in the quote's paragraph or the one before:
 * the speakers no clause names, for the ranker to weigh. Their own confidence is below the
 * threshold.
 */
final class NearbyNameSieve implements SpeakerSieve {
  static final double CONF_NEARBY = 0.3;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    int paragraph = c.paragraph();
    List<SpeakerCandidate> out = new ArrayList<>();
    for (Actor a : c.entities().actors()) {
      if (a.type() == ActorType.COUNTRY) {
        continue;
      }
      Span nearest = null;
      for (Span m : a.names()) {
        int p = c.article().paragraphAt(m.begin());
        if (p < paragraph - 1 || p > paragraph || c.article().insideQuote(m)
            || m.overlaps(c.quote().outer())) {
          continue;
        }
        if (nearest == null || distance(m, c) < distance(nearest, c)) {
          nearest = m;
        }
      }
      if (nearest != null) {
        out.add(new SpeakerCandidate(a, null, nearest, Statement.Rule.NEARBY_NAME, CONF_NEARBY,
            null, c.article().sentenceAt(nearest.begin()), null,
            new Evidence(Form.NAME, distance(nearest, c), nearest.begin() >= c.quote().outer().end(),
                paragraph - c.article().paragraphAt(nearest.begin()), false, false)));
      }
    }
    return out;
  }

  private static int distance(Span m, QuoteContext c) {
    Span q = c.quote().outer();
    return m.begin() >= q.end() ? m.begin() - q.end() : Math.max(0, q.begin() - m.end());
  }
}
