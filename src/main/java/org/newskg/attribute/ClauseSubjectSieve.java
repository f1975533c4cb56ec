package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * The subject of the reporting verb nearest the quote, outside it, in the quote's sentence (or
 * the next one after a quote ending in "?" or "!"). An inverted subject ("said one operator"),
 * a participle's main clause, and an auxiliary the parser made the head are followed.
 */
final class ClauseSubjectSieve implements SpeakerSieve {
  static final double CONF_CLAUSE = 0.9;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    QuoteContext.Cue cue = c.nearest();
    if (cue == null || cue.accordingTo()) {
      return List.of();
    }
    // "The statement issued by Vessa said": the document's author
    Token subject = DocumentAuthors.author(cue.sentence(), subjectOf(c, cue), cue.token(),
        c.entities());
    if (subject == null) {
      return List.of();
    }
    return List.of(Subjects.resolve(c, cue.sentence(), subject, cue,
        Clauses.lower(cue.token().lemma()), Statement.Rule.REPORTING_CLAUSE, CONF_CLAUSE));
  }

  /**
   * The noun before a bare past participle the parser made {@code verb}'s clausal subject
   * ("half of those [asked in a poll] said"): with no auxiliary of its own the participle
   * describes that noun, which is the verb's subject; null when there is none, or when the
   * noun is a document.
   */
  private static Token subjectOfReducedRelative(Sentence s, Token verb) {
    Token participle = DocumentAuthors.clausalParticiple(s, verb);
    if (participle == null || hasAuxiliary(s, participle)) {
      return null;
    }
    Token noun = DocumentAuthors.nounBefore(s, participle);
    // (a document's participle names its author: DocumentAuthors reads that one)
    return noun == null || !noun.pos().startsWith("NN")
        || Animacy.DOCUMENTS.contains(Clauses.lower(noun.lemma()))
        || DocumentSources.document(noun) ? null : noun;
  }

  /** The subject of a cue's verb, following the parser's usual slips; null when none. */
  static Token subjectOf(QuoteContext c, QuoteContext.Cue cue) {
    Sentence sentence = cue.sentence();
    Token verb = cue.token();
    if (verb.pos().startsWith("NN")) {
      // a speech noun reporting a clause: "Smith's claim that …"
      return Clauses.speechNounSource(sentence, verb, c.quote());
    }
    Token coordinated = CoordinatedCue.speaker(sentence, verb, c.quote(), c.reportingVerbs());
    if (coordinated != null) {
      return coordinated;
    }
    Token parenthetical = ParentheticalBeforeParticiple.speaker(sentence, verb, c.quote(),
        c.reportingVerbs());
    if (parenthetical != null) {
      // "…, he claimed, saying …": the reporting clause the participle goes on with
      return parenthetical;
    }
    Optional<Clauses.InvertedSubject> between = Clauses.subjectBetweenMarks(sentence, verb);
    if (between.isPresent()) {
      // "A key priority, said the forum, is to …" (the parser may have put the forum into the
      // clause it reports)
      return between.get().head();
    }
    Token subject = ObjectBeforeParticiple.speaker(sentence, verb,
        Clauses.subjectOf(sentence, verb, c.quote()), c.quote());
    if (subject == null) {
      // "More than half of those asked in a poll said …": the parser made the participle that
      // describes the subject the verb's clausal subject, and the noun before it its subject
      subject = subjectOfReducedRelative(sentence, verb);
    }
    if (subject == null && verb.begin() >= c.quote().outer().end()) {
      // "“…,” said one operator": the parser often makes an inverted subject the object
      subject = Clauses.invertedSubject(c.article().text(), sentence, verb, c.quote());
    }
    if (subject == null && verb.pos().equals("VBG") && verb.deprel().equals("acl")) {
      // "footage of Trump saying “…”", "Trump, saying “…”": the participle describes its
      // speaker, the noun it modifies or that noun's "of"
      subject = ObjectBeforeParticiple.speaker(sentence, verb,
          Clauses.participleSpeaker(c.entities(), sentence, verb, c.quote()), c.quote());
      if (subject == null) {
        // "… with a webpage announcing that …": the noun the participle modifies
        subject = NounBeforeParticiple.speaker(sentence, verb, c.quote());
      }
    }
    if (subject == null) {
      // "… dropped him after declaring …": the verb the adverbial clause modifies
      subject = AdverbialParticiple.speaker(c.article(), sentence, verb, c.quote());
    }
    if (subject == null) {
      // "with Ann Lee marching up to him, saying …": the participle it goes on with
      subject = ParticipleChain.speaker(sentence, verb, c.quote());
    }
    if (subject == null) {
      // "despite Mr Lund's allies saying …": the noun a preposition governs right before it
      subject = Clauses.gerundSubject(sentence, verb, c.quote());
    }
    if (subject == null && verb.pos().equals("VBG") && verb.head() > verb.index()
        && verb.index() > 0 && sentence.tokens().get(verb.index() - 1).word().equals(",")) {
      // "X has said …, while India has rejected aid, saying it can cope": the parser hung the
      // participle from what it reports; it goes on with the clause set against the first
      // right before its comma
      subject = contrastedSubjectBefore(sentence, verb);
    }
    if (subject == null && (verb.pos().equals("VBG") || verb.pos().equals("VBN"))
        && !hasAuxiliary(sentence, verb)) {
      // "…, calling it “common sense.”": a participle's subject is the main clause's, even
      // where the parser attached the participle elsewhere
      subject = Clauses.rootSubject(sentence, c.quote());
      if (subject != null && Clauses.insideQuote(c.article(), subject)
          && !Clauses.insideQuote(c.article(), verb)) {
        // "“None of them work,” she added, declaring …": the root is the quotation's verb
        subject = Clauses.governingSubject(c.article(), sentence, verb, c.quote());
      }
    }
    if (subject == null && verb.deprel().equals("amod")) {
      // "he has at the same time assailed other countries": the participle read as an
      // adjective; the auxiliary before it carries the clause and its subject
      subject = Clauses.auxiliarySubject(sentence, verb, c.quote());
    }
    return subject;
  }

  /** Words that open a clause set against the one before. */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst", "but");

  /**
   * The subject of the last verb before {@code verb} that has one before it, when that verb's
   * clause opens with a contrast ("while India has rejected"); else null.
   */
  private static Token contrastedSubjectBefore(Sentence sentence, Token verb) {
    for (int i = verb.index() - 2; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (!t.pos().startsWith("VB")) {
        continue;
      }
      Token subject = sentence.dependents(t.index()).stream()
          .filter(d -> d.deprel().startsWith("nsubj") && d.index() < t.index())
          .findFirst().orElse(null);
      if (subject != null) {
        boolean contrasted = sentence.dependents(t.index()).stream().anyMatch(d ->
            d.index() < subject.index() && (d.deprel().equals("mark") || d.deprel().equals("cc"))
                && CONTRASTS.contains(Clauses.lower(d.word())));
        return contrasted ? subject : null;
      }
    }
    return null;
  }

  /**
   * "and Ann Lee is promising to …": a participle with its own auxiliary is a finite verb
   * whose subject the parser lost, not a participle clause of the main clause.
   */
  private static boolean hasAuxiliary(Sentence sentence, Token verb) {
    return sentence.dependents(verb.index()).stream().anyMatch(t -> t.index() < verb.index()
        && (t.deprel().equals("aux") || t.deprel().equals("aux:pass")));
  }
}
