package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "said it had enough cash, but it could not borrow any more", "said the club must prove
 * itself or he might leave", "said the Tories would make cuts, but would bring in more
 * police", "said the attacks had driven people away but many users had simply migrated": a
 * clause joined by "and", "but" or "or" right after what a verb of saying reports, in a form
 * the writer's narration does not take (a modal, a past perfect after a past cue, the
 * speaker's present after a past cue, a verb whose number fits only the subject of what was
 * said: "insisted the remarks were meant to help, and were not intended to hurt"), a second
 * "that" clause or a second infinitive of what was urged, goes on with what was said, wherever
 * the parser hung it; so does any conjunct the
 * parser hung from a word of what was said ("said nothing had changed and it was a matter he
 * would discuss"). A conjunct in the plain past hung from the cue is left out: it is as often
 * the writer's own narration ("said the talks failed, and the mayor resigned"); unless it says
 * what something was ("and there was no reason to negotiate"), which narration does not.
 */
final class BackshiftedConjunct {
  private static final Set<String> JOINS = ImmutableSet.of("and", "but", "or");
  private static final Set<String> SEPARATORS = ImmutableSet.of(",", "-", "--", "—", "–");
  /** Words that move a narration's time on. */
  private static final Set<String> LATER = ImmutableSet.of("later", "then", "subsequently",
      "afterwards", "eventually", "since", "now");

  private BackshiftedConjunct() {}

  /** {@code content} with such a conjunct after it, or {@code content} itself. */
  static Span extend(AnnotatedArticle article, ReportedClauses.Candidate c, Span content,
                     Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0 || content.text().contains(ContentAroundCue.GAP)
        || c.construction() != ReportedClauses.Construction.COMPLEMENT
            && c.construction() != ReportedClauses.Construction.OBJECT
        || c.cue().index() > first) {
      return content;
    }
    int i = last + 1;
    // (a quotation's closing mark the content left out goes with it: "had been "ambitious", but")
    while (i < tokens.size() && (SEPARATORS.contains(tokens.get(i).word())
        || tokens.get(i).pos().equals("''"))) {
      i++;
    }
    if (i >= tokens.size() || !JOINS.contains(Clauses.lower(tokens.get(i).word()))
        || tokens.get(i).head() <= i) {
      return content;
    }
    Token conj = tokens.get(tokens.get(i).head());
    if (!Clauses.baseRelation(conj.deprel()).equals("conj") || conj.head() < 0
        || !conj.pos().startsWith("VB") && !hasAux(s, conj, "be")) {
      return content;
    }
    // joined to the cue ("said …, but would bring in …") or to a word of what it reports
    int head = conj.head();
    if (head != c.cue().index() && (head < first || head > last)) {
      return content;
    }
    Token contentHead = tokens.get(firstHead(s, first, last));
    int end = i;
    for (int k = i + 1; k < tokens.size(); k++) {
      if (ReportedClauses.under(s, tokens.get(k), conj)) {
        end = k;
      }
    }
    for (int k = i + 1; k <= end; k++) {
      Token t = tokens.get(k);
      // a conjunct that reports, refuses or holds a view of its own ("but would not comment",
      // "and will now fear that …") is an act of its subject, not more of what was said
      // (a second infinitive urged, "and to speak more from the heart", is no act of its own)
      // (nor is a second "that" clause, whatever its verb: "and that people will be wondering")
      boolean urged = t == conj && (Clauses.hasChild(s, conj, "to") || secondComplement(s, conj)
          || pastAfterPresentCue(s, c.cue(), contentHead, conj));
      if (!urged && t.pos().startsWith("VB") && !reportedWithin(s, t, conj)
          && (ReportedClauses.act(t, verbs)
          // ("but is believed to have been driving …" is no view its subject holds)
          || ContentAroundCue.VIEWS.contains(Clauses.lower(t.lemma())) && !passive(s, t))) {
        // … unless another subject's act is joined on inside it ("and would support several
        // systems but designers would not confirm …"): the conjunct ends before that
        int joint = t == conj ? -1 : ContentAroundCue.othersReport(s, t, i, verbs);
        if (joint < 0) {
          return content;
        }
        end = joint - 1;
        while (end > i && SEPARATORS.contains(tokens.get(end).word())) {
          end--;
        }
        break;
      }
      if (!ReportedClauses.under(s, t, conj) && Character.isLetterOrDigit(t.word().charAt(0))) {
        return content;
      }
    }
    boolean said = secondInfinitive(s, conj, first, last) || secondComplement(s, conj)
        || quotesTheSpeaker(article, s, conj, tokens.subList(i + 1, end + 1))
        || pastAfterPresentCue(s, c.cue(), contentHead, conj)
        || c.construction() == ReportedClauses.Construction.COMPLEMENT
            && (backshifted(s, c.cue(), conj, contentHead)
                || reportedPresent(s, c.cue(), conj, contentHead)
                || agreesWithContentOnly(s, c.cue(), conj, contentHead)
                || befallsContentSubject(s, conj, contentHead)
                || itOfWhatWasSaid(s, c.cue(), conj, contentHead)
                || judgesWithIt(s, conj)
                || pastState(s, c.cue(), conj)
                || conj.head() >= first && conj.head() <= last
                    && continuesContent(s, conj));
    if (!said) {
      return content;
    }
    return ReportedClauses.trimmed(article, tokens.subList(first, end + 1)).orElse(content);
  }

  /**
   * Whether the verb {@code t} inside the conjunct is no act of the conjunct's own: a participle
   * that describes a noun ("for continuing stability"), or any verb inside a conjunct that says
   * what someone or something is ("and she was sure he was speaking about adults", "and it
   * would be "premature" to say more", "and it was a matter he would discuss"; a verb's clause,
   * "and encourage Americans to see what he called …", may be the subject's own act).
   */
  static boolean reportedWithin(Sentence s, Token t, Token conj) {
    if (t == conj) {
      return false;
    }
    String rel = Clauses.baseRelation(t.deprel());
    // (right after the conjunction it is a verb the parser took for one: "and argued courts …")
    String before = s.tokens().get(t.index() - 1).pos();
    if ((rel.equals("amod") || rel.equals("compound")) && !before.equals("CC")
        && !before.equals(",")) {
      return true;
    }
    return conj.pos().startsWith("JJ") || s.dependents(conj.index()).stream()
        .anyMatch(d -> d.deprel().equals("cop"));
  }

  /**
   * "said he still had much to offer but he was not making any "guarantees" about jobs", "said
   * the cover was "expensive" and there were "lots of exclusions"": a conjunct that quotes words
   * and has no verb of saying of its own (checked before) quotes the speaker's, so it goes on
   * with what they said; unless someone named is its subject ("but Tory X branded it
   * "scandalous""), it names something (a saying of its own: "and labelled them "idiotic""), or
   * it tells what was done to its subject ("and was "severely reprimanded"").
   */
  private static boolean quotesTheSpeaker(AnnotatedArticle article, Sentence s, Token conj,
                                          List<Token> conjunct) {
    boolean quotes = conjunct.stream().anyMatch(t -> Character.isLetterOrDigit(t.word().charAt(0))
        && article.insideQuote(t.span()));
    boolean named = s.dependents(conj.index()).stream().anyMatch(d ->
        d.deprel().startsWith("nsubj") && d.pos().startsWith("NNP"));
    boolean passive = s.dependents(conj.index()).stream()
        .anyMatch(d -> d.deprel().equals("aux:pass") || d.deprel().equals("nsubj:pass"));
    return quotes && !named && !passive
        && !Clauses.NAMING_VERBS.contains(Clauses.lower(conj.lemma()));
  }

  /**
   * The conjunct has a modal ("but it could not borrow"), or a past perfect after a past cue
   * that has a subject of its own or shares one with a past perfect of what was said ("and had
   * been helped" after "the men had used …"; "and had sought refuge" after a present is the
   * speaker's own past).
   */
  private static boolean backshifted(Sentence s, Token cue, Token conj, Token contentHead) {
    boolean modal = s.dependents(conj.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("aux") && d.pos().equals("MD"));
    if (modal) {
      return true;
    }
    return cue.pos().equals("VBD") && pastPerfect(s, conj)
        && (ownSubject(s, conj) || pastPerfect(s, contentHead));
  }

  /**
   * "She said the play is being produced by local women and it is not being forced on them",
   * "said its focus will be on profits, and it is planning to invest": after a past cue the
   * writer narrates in the past; a conjunct with a subject of its own in the present, after a
   * content in the present (or under a modal in its present form), is the speaker's present,
   * not the writer's. So is a verb in the present with no subject, auxiliary or copula of its
   * own ("said the network follows the same standards and reflects the culture"): sharing the
   * cue's subject it would shift the writer's time mid-sentence ("is due to" and "is expected
   * to", which the writer does use so, have a copula or an auxiliary).
   */
  private static boolean reportedPresent(Sentence s, Token cue, Token conj, Token contentHead) {
    return cue.pos().equals("VBD") && present(s, conj)
        && (ownSubject(s, conj) || lexicalPresent(s, conj))
        && (present(s, contentHead) || presentModal(s, contentHead));
  }

  /** "reflects", "follows": a verb in the present on its own, with no auxiliary or copula. */
  private static boolean lexicalPresent(Sentence s, Token verb) {
    return (verb.pos().equals("VBZ") || verb.pos().equals("VBP"))
        && s.dependents(verb.index()).stream()
            .noneMatch(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"));
  }

  /** Modals in their present form, which a past cue would have shifted ("will", not "would"). */
  private static final Set<String> PRESENT_MODALS = ImmutableSet.of("will", "can", "may",
      "must", "shall", "'ll");

  /** "its focus will be on profits": a verb under a modal in its present form. */
  private static boolean presentModal(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(d -> d.deprel().startsWith("aux")
        && d.pos().equals("MD") && PRESENT_MODALS.contains(Clauses.lower(d.word())));
  }

  /**
   * Whether {@code conj} is in a form the writer's narration does not take after {@code cue}:
   * with a modal, in the past perfect after a past cue, or in the present after a past cue.
   */
  static boolean reportedForm(Sentence s, Token cue, Token conj) {
    boolean modal = s.dependents(conj.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("aux") && d.pos().equals("MD"));
    return modal || cue.pos().equals("VBD") && (pastPerfect(s, conj) || present(s, conj));
  }

  /**
   * "Aragones insisted the comments were meant to motivate the player, and were not intended to
   * be offensive": a conjunct with no subject of its own whose verb agrees in number with the
   * subject of what was said, and cannot agree with the cue's, shares the former.
   */
  private static boolean agreesWithContentOnly(Sentence s, Token cue, Token conj,
                                               Token contentHead) {
    if (ownSubject(s, conj)) {
      return false;
    }
    Boolean conjPlural = SpeakerPredicate.finitePlural(s, conj);
    Boolean cuePlural = SpeakerPredicate.plural(s, SpeakerPredicate.subject(s, cue), true);
    // (the parser may take the clause's subject for the cue's object: "insisted the comments,
    // made to …, were meant …")
    Token contentSubject = contentHead.pos().startsWith("NN") || contentHead.pos().equals("PRP")
        ? contentHead : SpeakerPredicate.subject(s, contentHead);
    Boolean contentPlural = SpeakerPredicate.plural(s, contentSubject, false);
    return conjPlural != null && cuePlural != null && contentPlural != null
        && !conjPlural.equals(cuePlural) && conjPlural.equals(contentPlural);
  }

  /** The subject of what was said: its head when that is a noun, else the head's subject. */
  private static Token subjectOf(Sentence s, Token contentHead) {
    return contentHead.pos().startsWith("NN") ? contentHead
        : SpeakerPredicate.subject(s, contentHead);
  }

  /**
   * "Lord Hale said the government had too much freedom and it relied too much on advisers": a
   * conjunct whose subject is "it", after a person's words about a thing, can only go on about
   * that thing (the person would be "he" or "she"), so it goes on with what was said.
   */
  private static boolean itOfWhatWasSaid(Sentence s, Token cue, Token conj, Token contentHead) {
    Token own = SpeakerPredicate.subject(s, conj);
    Token speaker = SpeakerPredicate.subject(s, cue);
    Token subject = subjectOf(s, contentHead);
    if (own == null || !Clauses.lower(own.word()).equals("it") || speaker == null
        || subject == null) {
      return false;
    }
    boolean person = "PERSON".equals(speaker.ner())
        || Set.of("he", "she").contains(Clauses.lower(speaker.word()));
    // (a time of its own moves the writer's narration on: "and it later relied on …")
    boolean dated = s.tokens().stream()
        .anyMatch(t -> ReportedClauses.under(s, t, conj) && ("DATE".equals(t.ner())
            || LATER.contains(Clauses.lower(t.word()))));
    return person && !dated && (subject.pos().equals("NN") || subject.pos().equals("NNP"))
        && !"PERSON".equals(subject.ner());
  }

  /**
   * "claimed the offer was aimed at creating value for its own shareholders, and was not being
   * made for the benefit of WMC's": a passive conjunct with no subject of its own, after what
   * was said of a thing that cannot speak, tells what befell that thing, not the speaker;
   * unless it moves the time on, as the writer's narration does ("and was later fined").
   */
  private static boolean befallsContentSubject(Sentence s, Token conj, Token contentHead) {
    if (ownSubject(s, conj) || !passive(s, conj) || s.dependents(conj.index()).stream()
        .anyMatch(d -> LATER.contains(Clauses.lower(d.word())))) {
      return false;
    }
    Token subject = subjectOf(s, contentHead);
    return subject != null && subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")
        && Subjects.ANIMACY.cannotSpeak(subject.word(), subject.lemma());
  }

  /**
   * "said he believed the slowdown was temporary and it was dangerous to assume that rates had
   * peaked": "it" and a copula's adjective with an infinitive of its own judge what one may
   * do; news narration reports, it does not judge, so that is the speaker's.
   */
  private static boolean judgesWithIt(Sentence s, Token conj) {
    return conj.pos().startsWith("JJ")
        && s.dependents(conj.index()).stream().anyMatch(d -> d.deprel().equals("cop"))
        && s.dependents(conj.index()).stream().anyMatch(d -> d.deprel().startsWith("nsubj")
            && Clauses.lower(d.word()).equals("it"))
        && s.dependents(conj.index()).stream().anyMatch(d -> d.deprel().equals("xcomp")
            && Clauses.hasChild(s, d, "to"));
  }

  /**
   * "said nothing had changed and it was a matter he would discuss", "said the studio had been
   * used for years, and was where he recorded": after a past cue, a conjunct that says in the
   * plain past what something was (a copula, or "be" itself) is the speaker's state shifted back;
   * the writer narrates events, and a state of the writer's would move the time on ("and was
   * later …") or be a passive ("and was fined").
   */
  private static boolean pastState(Sentence s, Token cue, Token conj) {
    if (!cue.pos().equals("VBD") || passive(s, conj) || s.dependents(conj.index()).stream()
        .anyMatch(d -> LATER.contains(Clauses.lower(d.word())))) {
      return false;
    }
    boolean beItself = conj.pos().equals("VBD") && Clauses.lower(conj.lemma()).equals("be");
    boolean copula = s.dependents(conj.index()).stream().anyMatch(d -> d.deprel().equals("cop")
        && d.pos().equals("VBD"));
    // (with no subject of its own, a copula's predicate most often describes the speaker: "said
    // tests had shown nothing, but was upbeat about other areas" is the writer's account of
    // them; one hung from the cue shares the cue's subject whatever its verb)
    if (!ownSubject(s, conj)) {
      return beItself && conj.head() != cue.index();
    }
    return beItself || copula;
  }

  /**
   * A conjunct hung from a word of what was said goes on with it, unless it is an act: a verb
   * with no subject of its own shares the cue's ("said he was hopeful and played down
   * suggestions …", "but went the following year"), unless it is a bare verb after the
   * content's modal; a named subject's plain past is the writer's narration ("and the Queen
   * invited Mr Wilson …").
   */
  private static boolean continuesContent(Sentence s, Token conj) {
    Token subject = s.dependents(conj.index()).stream()
        .filter(d -> d.deprel().startsWith("nsubj") || d.deprel().startsWith("expl"))
        .findFirst().orElse(null);
    String finite = s.dependents(conj.index()).stream()
        .filter(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))
        .map(Token::pos).findFirst().orElse(conj.pos());
    boolean tensed = finite.equals("VBD") || finite.equals("VBZ") || finite.equals("VBP");
    if (subject == null) {
      // ("and attacking the government's plans", a participle, is the speaker's act too; a
      // bare verb shares the content's modal: "could save £100 and cut winter deaths", also
      // one the tagger took for a past of the same form, "can improve services and cut taxes")
      return !tensed && conj.pos().equals("VB") || bareAfterModal(s, conj);
    }
    // ("but the unions want a £6 rate": another subject's wish or view is the writer's account;
    // "and he hoped to go further" is the speaker's own)
    String lemma = Clauses.lower(conj.lemma());
    boolean othersView = !subject.pos().equals("PRP") && (ContentAroundCue.WISHES.contains(lemma)
        || ContentAroundCue.VIEWS.contains(lemma));
    return !(subject.pos().startsWith("NNP") && finite.equals("VBD")) && !othersView;
  }

  /** A verb in its base form, with no auxiliary of its own, joined to a verb under a modal. */
  private static boolean bareAfterModal(Sentence s, Token conj) {
    Token head = s.tokens().get(conj.head());
    return conj.word().equalsIgnoreCase(conj.lemma()) && head.pos().equals("VB")
        && s.dependents(conj.index()).stream().noneMatch(d -> d.deprel().startsWith("aux"))
        && s.dependents(head.index()).stream()
            .anyMatch(d -> d.deprel().startsWith("aux") && d.pos().equals("MD"));
  }

  private static boolean passive(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(d -> d.deprel().equals("aux:pass"));
  }

  private static boolean ownSubject(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream()
        .anyMatch(d -> d.deprel().startsWith("nsubj") || d.deprel().startsWith("expl"));
  }

  /** A verb whose finite form ("is", "has", "are", "says") is in the present. */
  static boolean present(Sentence s, Token verb) {
    String form = s.dependents(verb.index()).stream()
        .filter(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"))
        .map(Token::pos).findFirst().orElse(verb.pos());
    return form.equals("VBZ") || form.equals("VBP");
  }

  /**
   * "urged politicians to avoid negative campaigning and to speak more from the heart": an
   * infinitive with its own "to" joined to the infinitive the cue takes is more of the same
   * urging.
   */
  private static boolean secondInfinitive(Sentence s, Token conj, int first, int last) {
    // (the first may be an adjective's: "urged users to be wary … and to update …")
    return conj.pos().equals("VB") && Clauses.hasChild(s, conj, "to")
        && s.tokens().subList(first, last + 1).stream()
            .anyMatch(t -> (t.pos().equals("VB") || t.pos().startsWith("JJ"))
                && Clauses.hasChild(s, t, "to"));
  }

  /**
   * "said the advice was summarised - and that it was drafted in No 10": a conjunct with a
   * "that" of its own is a second clause the cue reports, whatever its tense.
   */
  private static boolean secondComplement(Sentence s, Token conj) {
    return s.dependents(conj.index()).stream().anyMatch(d -> d.deprel().equals("mark")
        && Clauses.lower(d.word()).equals("that") && d.index() < conj.index());
  }

  /** "had migrated", "had been helped", "had not been sufficient". */
  private static boolean pastPerfect(Sentence s, Token verb) {
    return s.dependents(verb.index()).stream().anyMatch(d -> d.deprel().startsWith("aux")
        && d.pos().equals("VBD") && Clauses.lower(d.lemma()).equals("have"));
  }

  /**
   * "says he discussed the campaign on Sunday and promised to play his part": after a cue in
   * the present, a past tense joined to a past tense of what was said, sharing its subject,
   * shares its time too; the cue's subject's own next act would be in the cue's present.
   */
  static boolean pastAfterPresentCue(Sentence s, Token cue, Token contentHead, Token conj) {
    return cue.pos().startsWith("VB") && present(s, cue)
        && contentHead.pos().equals("VBD") && ownSubject(s, contentHead)
        && conj.pos().equals("VBD") && conj.head() == contentHead.index()
        && Clauses.baseRelation(conj.deprel()).equals("conj") && !ownSubject(s, conj)
        && s.dependents(conj.index()).stream().noneMatch(d -> d.deprel().startsWith("aux"))
        && s.dependents(contentHead.index()).stream().noneMatch(d -> d.deprel().startsWith("aux"));
  }

  private static boolean hasAux(Sentence s, Token verb, String lemma) {
    return s.dependents(verb.index()).stream().anyMatch(d -> (d.deprel().startsWith("aux")
        || d.deprel().equals("cop")) && Clauses.lower(d.lemma()).equals(lemma));
  }

  /** The content's word that the others hang from: the first whose head lies outside it. */
  private static int firstHead(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      Token t = s.tokens().get(k);
      if ((t.head() < first || t.head() > last) && Character.isLetterOrDigit(t.word().charAt(0))) {
        return k;
      }
    }
    return first;
  }
}
