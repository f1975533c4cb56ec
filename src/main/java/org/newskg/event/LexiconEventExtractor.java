package org.newskg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.attribute.Statement;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorCodes;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Country;
import org.newskg.resolve.CountryTable;
import org.newskg.resolve.Role;

/**
 * Events from a trigger lexicon and the dependency parse: each trigger outside quotes, with
 * its subject as actor, its object and "with/against/on/to" phrases as targets, "in/at" as
 * place, its date from a time expression of its clause or, for a past event, the last day the
 * article named. Mentions of one event in the same article become one event with several spans.
 */
public final class LexiconEventExtractor implements EventExtractor {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  /** Verbs that report what someone said: the list attribution reads, so the two agree. */
  private static final Set<String> REPORTING = WordList.load("/attribute/reporting-verbs.txt");
  private static final Set<String> POSSIBLE_MODALS =
      Set.of("would", "could", "might", "may", "should", "can", "must");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  private static final Set<String> PLANNING =
      Set.of("plan", "schedule", "set", "expect", "prepare", "intend", "upcoming", "aim", "call",
          "announce", "propose");

  /** Verbs of wishing and intending: what they govern has not happened nor been set. */
  private static final Set<String> INTENDING =
      Set.of("intend", "want", "hope", "wish", "seek");

  /** How many sentences a named day carries over to later events without being named again. */
  private static final int CARRY_SENTENCES = 8;

  private final TriggerLexicon lexicon;
  private final EventRoles roles;
  private final ActorCodes actorCodes;

  public LexiconEventExtractor(TriggerLexicon lexicon, CountryTable countries) {
    this(lexicon, countries, null);
  }

  /** @param actorCodes codes the participants with CAMEO actor codes, or null for none */
  public LexiconEventExtractor(TriggerLexicon lexicon, CountryTable countries,
                               ActorCodes actorCodes) {
    this.lexicon = lexicon;
    this.roles = new EventRoles(countries, lexicon);
    this.actorCodes = actorCodes;
  }

  public static LexiconEventExtractor load(CountryTable countries) {
    return new LexiconEventExtractor(TriggerLexicon.load(), countries, ActorCodes.load());
  }

  /** These events with the user's own actors coded first. */
  public LexiconEventExtractor withActorCodes(ActorCodes codes) {
    return new LexiconEventExtractor(lexicon, roles, codes);
  }

  private LexiconEventExtractor(TriggerLexicon lexicon, EventRoles roles, ActorCodes codes) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.actorCodes = codes;
  }

  @Override
  public List<Event> extract(AnnotatedArticle article, ArticleEntities entities,
                             List<Statement> statements) {
    EventDates dates = new EventDates(EventDates.parsePublished(article.article().publishedDate()));
    List<Draft> drafts = new ArrayList<>();
    LocalDate lastNamedDay = null;
    int lastNamedAt = -1;
    for (Sentence s : article.sentences()) {
      Optional<Optional<LocalDate>> named = namedDay(article, s, dates);
      LocalDate carried = named.isPresent() ? named.get().orElse(null) : lastNamedDay;
      List<Draft> inSentence = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (insideQuote(article, t)) {
          continue;
        }
        boolean negated = hasChild(s, t.index(), NEGATIONS) || hasDeterminerNo(s, t.index())
            || noPlanFor(s, t.index());
        Optional<TriggerLexicon.Match> m = lexicon.match(s, t.index(), negated);
        if (m.isEmpty() || conditional(s, t.index())) {
          continue;
        }
        List<Draft> earlier = new ArrayList<>(drafts);
        earlier.addAll(inSentence);
        Draft d = draft(article, entities, s, m.get(), dates, carried, earlier);
        if (d != null) {
          inSentence.add(d);
        }
      }
      drafts.addAll(absorbGoverned(s, inSentence));
      if (named.isPresent()) {
        lastNamedDay = named.get().orElse(null);
        lastNamedAt = s.index();
      } else if (s.index() - lastNamedAt > CARRY_SENTENCES) {
        lastNamedDay = null;
      }
    }
    return merge(drafts, article, entities, statements, dates.published());
  }

  /** An event mention in the making. */
  /** An event mention in the making; {@code word} names it: the trigger's head lemma, or the
   * noun trigger a verb governs ("issued a warning": warning). */
  private record Draft(TriggerLexicon.Match match, Sentence sentence, Span trigger,
                       List<Actor> actors, List<Actor> targets, LocalDate date, Place place,
                       String modality, String word) {
    Draft named(String noun) {
      return new Draft(match, sentence, trigger, actors, targets, date, place, modality, noun);
    }
  }

  private Draft draft(AnnotatedArticle article, ArticleEntities entities, Sentence s,
                      TriggerLexicon.Match m, EventDates dates, LocalDate lastNamedDay,
                      List<Draft> earlier) {
    int head = m.head();
    EventRoles.Roles found = roles.find(article, entities, s, head, m.entry().verb(),
        m.cameo());
    EventRoles.Roles r = found.targets().isEmpty() && judgesEarlierMove(s, m)
        ? earlierActors(s, earlier).map(a -> new EventRoles.Roles(found.actors(), a,
            found.place())).orElse(found)
        : found;
    if (r.actors().isEmpty() && r.targets().isEmpty()
        || m.dyadic() && (r.actors().isEmpty()
            || r.targets().isEmpty() && !roles.unnamedAgentObject(s, head)
            || embeddedInEvent(s, head))) {
      return null;
    }
    String modality = modality(s, head);
    if (Event.POSSIBLE.equals(modality) && !reported(s, head)) {
      return null;  // "Russia would see the deployment as…": an opinion, not an event
    }
    boolean future = Event.PLANNED.equals(modality) || Event.POSSIBLE.equals(modality)
        && !pastTense(s, s.tokens().get(head).head() < 0 ? head : s.tokens().get(head).head());
    LocalDate date = clauseDay(article, s, head, dates, future)
        .orElse(future || !pastTense(s, head) ? null : lastNamedDay);
    if (date == null && intended(s, head)) {
      return null;  // "is intending to get out and talk": a wish, not an event set for a day
    }
    Token first = s.tokens().get(m.first());
    Token last = s.tokens().get(m.last());
    Span trigger = new Span(first.begin(), last.end(), article.text().substring(first.begin(),
        last.end()));
    List<Actor> targets = new ArrayList<>(r.targets());
    if (targets.isEmpty() && r.place() != null && r.place().country() != null
        && QuadClass.ofCameo(m.cameo()) == QuadClass.MATERIAL_CONFLICT) {
      // "a Russian missile slammed into a hotel in Kryvyi Rih": the place's country is hit
      roles.countryActor(entities, r.place().country())
          .filter(c -> !r.actors().contains(c)).ifPresent(targets::add);
    }
    // "warned that jobs will go" names no one warned nor what with: a statement; "warned of
    // hefty tariffs" still threatens
    TriggerLexicon.Match coded = targets.isEmpty() && m.entry().untargeted() != null
        && s.dependents(head).stream().noneMatch(d -> d.deprel().startsWith("obl")
            && ("of".equals(s.preposition(d.index()))
                || "against".equals(s.preposition(d.index()))))
        ? m.recoded(m.entry().untargeted()) : m;
    return new Draft(coded, s, trigger, r.actors(), targets, date, r.place(), modality,
        headWord(m));
  }

  /** Nouns that take up an act just reported: "the move was criticised". */
  private static final Set<String> ACT_NOUNS = Set.of("move", "decision", "step");
  /** Sentences back within which "the move" takes up an act. */
  private static final int ACT_SENTENCES = 2;

  /**
   * A judgement (praise, criticism, rejection) of "the move", "the decision", "this step": the
   * act it judges was reported just before, so the judgement is aimed at who did it.
   */
  private static boolean judgesEarlierMove(Sentence s, TriggerLexicon.Match m) {
    if (!m.entry().verb() || !Set.of("05", "11", "12").contains(m.cameo())) {
      return false;
    }
    for (Token c : s.dependents(m.head())) {
      if ((c.deprel().equals("obj") || c.deprel().equals("nsubj:pass"))
          && ACT_NOUNS.contains(TriggerLexicon.lemma(c))
          && s.dependents(c.index()).stream().anyMatch(d -> d.deprel().equals("det")
              && Set.of("the", "this", "that").contains(d.word().toLowerCase(Locale.ROOT))
              || d.deprel().equals("nmod:poss") && d.pos().equals("PRP$"))) {
        return true;
      }
    }
    return false;
  }

  /** Who did the last act reported in this sentence or just before, if anyone named did. */
  private static Optional<List<Actor>> earlierActors(Sentence s, List<Draft> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Draft d = earlier.get(k);
      if (s.index() - d.sentence().index() > ACT_SENTENCES) {
        break;
      }
      if (!d.actors().isEmpty()) {
        return Optional.of(d.actors());
      }
    }
    return Optional.empty();
  }

  /**
   * "promised to push for a deal", "declined to give": what the governing event verb intends or
   * refuses is that event's content, not an event of its own.
   */
  private boolean embeddedInEvent(Sentence s, int head) {
    Token t = s.tokens().get(head);
    return t.deprel().startsWith("xcomp") && t.head() >= 0
        && lexicon.match(s, t.head(), false).isPresent();
  }

  /**
   * A noun trigger governed by a verb trigger of the same kind ("convened a meeting") is the
   * verb's event; of another kind ("called for a protest") it is an event of its own.
   */
  private static List<Draft> absorbGoverned(Sentence s, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts);
    for (Draft d : drafts) {
      if (d.match().entry().verb()) {
        continue;
      }
      int h = s.tokens().get(d.match().head()).head();
      for (int k = 0; k < out.size(); k++) {
        Draft v = out.get(k);
        if (v != d && v.match().entry().verb() && v.match().head() == h
            && v.match().cameo().equals(d.match().cameo())) {
          out.remove(d);
          // the verb is often general ("issued"): the noun says which event it is
          out.set(out.indexOf(v), v.named(d.word()));
          break;
        }
      }
    }
    return out;
  }

  /** Joins mentions of one event: same type, a shared participant, compatible dates. */
  private List<Event> merge(List<Draft> drafts, AnnotatedArticle article,
                            ArticleEntities entities, List<Statement> statements,
                            LocalDate published) {
    List<List<Draft>> groups = new ArrayList<>();
    for (Draft d : drafts) {
      List<Draft> home = null;
      for (List<Draft> g : groups) {
        Draft first = g.get(0);
        if (first.match().cameo().equals(d.match().cameo())
            && sharesActor(g, d) && compatible(g, d) && sameWordOrDay(g, d)
            && !separateStatements(g, d)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(d);
    }
    List<Event> events = new ArrayList<>();
    for (List<Draft> g : groups) {
      Draft first = g.get(0);
      Set<Actor> actors = new LinkedHashSet<>();
      Set<Actor> targets = new LinkedHashSet<>();
      LocalDate date = null;
      Place place = null;
      String modality = first.modality();
      List<Span> spans = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      for (Draft d : g) {
        actors.addAll(d.actors());
        spans.add(d.trigger());
        sentences.add(article.text().substring(d.sentence().begin(), d.sentence().end()));
        date = date == null ? d.date() : date;
        place = place == null ? d.place() : place;
        modality = d.modality() == null ? null : modality;
      }
      for (Draft d : g) {
        d.targets().stream().filter(t -> !actors.contains(t)).forEach(targets::add);
      }
      if (actors.isEmpty() && targets.isEmpty()) {
        continue;
      }
      int index = events.size();
      events.add(new Event(index, first.match().cameo(), first.trigger().text(), spans,
          sentences, List.copyOf(actors), List.copyOf(targets), date, place, modality,
          statementsAbout(article, g, statements), first.match().code(),
          codes(g, entities, actors, targets, date != null ? date : published)));
    }
    return events;
  }

  /** The CAMEO actor code of each participant the dictionaries know, on the given day. */
  private Map<Actor, String> codes(List<Draft> mentions, ArticleEntities entities,
                                   Set<Actor> actors, Set<Actor> targets, LocalDate day) {
    Map<Actor, String> out = new LinkedHashMap<>();
    if (actorCodes == null) {
      return out;
    }
    List<Actor> all = new ArrayList<>(actors);
    all.addAll(targets);
    for (Actor a : all) {
      String agent = agentNoun(mentions, a);
      Country of = a.country();
      if (agent == null) {
        // a person's title in the article: "Foreign Secretary Jack Straw"
        Role role = entities.roles().stream().filter(r -> r.holder().equals(a)
            && actorCodes.agentCode(r.title()).isPresent()).findFirst().orElse(null);
        if (role != null) {
          agent = role.title();
          of = of != null || role.of() == null ? of : role.of().country();
        }
      }
      actorCodes.code(a, day, agent, of).ifPresent(c -> out.put(a, c));
    }
    return out;
  }

  /**
   * The agent noun a mention of the actor modifies ("Russian officials", "Israeli troops",
   * "the British prime minister"), in the sentences that report the event.
   */
  private String agentNoun(List<Draft> mentions, Actor a) {
    for (Draft d : mentions) {
      Sentence s = d.sentence();
      for (Token t : s.tokens()) {
        if (t.head() < 0 || !mentions(a, t)) {
          continue;
        }
        Token h = s.tokens().get(t.head());
        String rel = t.deprel();
        if (h.pos().startsWith("NN") && !mentions(a, h) && (rel.equals("amod")
            || rel.equals("compound") || rel.equals("nmod:poss"))) {
          String lemma = TriggerLexicon.lemma(h);
          // "prime minister": the compound before the noun belongs to the title
          for (Token c : s.dependents(h.index())) {
            if (c.deprel().equals("compound") && c.index() < h.index() && !mentions(a, c)) {
              String two = TriggerLexicon.lemma(c) + " " + lemma;
              if (actorCodes.agentCode(two).isPresent()) {
                return two;
              }
            }
          }
          if (actorCodes.isAgent(lemma) || actorCodes.isAgent(h.word())) {
            return lemma;
          }
        }
      }
    }
    return null;
  }

  private static boolean mentions(Actor a, Token t) {
    Span tok = t.span();
    return a.mentions().stream().anyMatch(m -> m.overlaps(tok))
        || a.names().stream().anyMatch(m -> m.overlaps(tok));
  }

  private static boolean sharesActor(List<Draft> group, Draft d) {
    for (Draft g : group) {
      for (Actor a : d.actors()) {
        if (g.actors().contains(a)) {
          return true;
        }
      }
      if (d.actors().isEmpty() || g.actors().isEmpty()) {
        for (Actor a : d.targets()) {
          if (g.targets().contains(a)) {
            return d.actors().isEmpty() && g.actors().isEmpty();
          }
        }
      }
    }
    return false;
  }

  /** Roots of acts of speech: what each says or asks is in its object or clause. */
  private static final Set<String> SAYING = Set.of("01", "02", "10");

  /**
   * "It announced a tariff. … It also announced it was installing wi-fi": each statement a verb
   * reports says something else, so two of them are two events (a noun, "the announcement",
   * still names one again); so are two appeals or demands for different things.
   */
  private static boolean separateStatements(List<Draft> group, Draft d) {
    return SAYING.contains(d.match().cameo()) && d.match().entry().verb()
        && group.stream().anyMatch(g -> g.match().entry().verb()
            && g.sentence().index() != d.sentence().index()
            && !java.util.Objects.equals(content(g), content(d)));
  }

  /** What a verb says or does: the lemma of its object or clause ("cut prices": price). */
  private static String content(Draft d) {
    for (Token c : d.sentence().dependents(d.match().head())) {
      if (c.deprel().equals("obj") || c.deprel().startsWith("ccomp")
          || c.deprel().startsWith("xcomp")) {
        return TriggerLexicon.lemma(c);
      }
    }
    return null;
  }

  /** "The attack" again, or another word for it on the same named day. */
  private static boolean sameWordOrDay(List<Draft> group, Draft d) {
    for (Draft g : group) {
      if (g.word().equals(d.word())
          || g.date() != null && g.date().equals(d.date())) {
        return true;
      }
    }
    return false;
  }

  private static String headWord(TriggerLexicon.Match m) {
    return m.entry().words().get(m.entry().verb() ? 0 : m.entry().words().size() - 1);
  }

  private static boolean compatible(List<Draft> group, Draft d) {
    for (Draft g : group) {
      if (g.date() != null && d.date() != null && !g.date().equals(d.date())) {
        return false;
      }
    }
    return true;
  }

  /** Statements whose quote or reporting sentence holds a mention of the event. */
  private static List<Integer> statementsAbout(AnnotatedArticle article, List<Draft> mentions,
                                               List<Statement> statements) {
    List<Integer> out = new ArrayList<>();
    Set<String> words = new HashSet<>();
    mentions.forEach(d -> words.add(headWord(d.match())));
    for (Statement st : statements) {
      Quote q = st.quote();
      if (mentionsAgain(article, q, words)) {
        out.add(st.index());
        continue;
      }
      for (Draft d : mentions) {
        boolean inQuote = q.outer().overlaps(d.trigger());
        boolean sameSentence = d.sentence().index() >= q.sentenceFrom()
            && d.sentence().index() <= q.sentenceTo();
        if ((inQuote || sameSentence) && !out.contains(st.index())) {
          out.add(st.index());
        }
      }
    }
    return out;
  }

  /** The quoted words name the event again ("this attack was a crime"). */
  private static boolean mentionsAgain(AnnotatedArticle article, Quote q, Set<String> words) {
    for (int i = q.sentenceFrom(); i <= q.sentenceTo() && i < article.sentences().size(); i++) {
      for (Token t : article.sentences().get(i).tokens()) {
        if (t.begin() >= q.inner().begin() && t.end() <= q.inner().end()
            && (t.pos().startsWith("NN") || t.pos().startsWith("VB"))
            && words.contains(TriggerLexicon.lemma(t))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean insideQuote(AnnotatedArticle article, Token t) {
    // a short scare-quoted term is a phrase of the reporter's sentence, not a quotation
    return article.quoteAround(t.begin(), t.end())
        .map(q -> q.inner().text().split("\\s+").length > 3).orElse(false);
  }

  /** "if", "unless": a condition, not an event. */
  private static boolean conditional(Sentence s, int i) {
    for (int k = i; k >= 0; k = s.tokens().get(k).head()) {
      if (hasChild(s, k, Set.of("if", "unless", "whether"))) {
        return true;
      }
      String rel = s.tokens().get(k).deprel();
      if (!(rel.startsWith("conj") || rel.startsWith("xcomp") || rel.equals("obj")
          || rel.startsWith("nmod") || rel.startsWith("obl") || rel.startsWith("compound"))) {
        return false;
      }
    }
    return false;
  }

  private static String modality(Sentence s, int head) {
    for (int k = head; k >= 0; k = s.tokens().get(k).head()) {
      for (Token c : s.dependents(k)) {
        String w = c.word().toLowerCase(Locale.ROOT);
        if (c.deprel().equals("aux") && POSSIBLE_MODALS.contains(w)) {
          return Event.POSSIBLE;
        }
        if (c.deprel().equals("aux") && TriggerLexicon.lemma(c).equals("have")
            && hasMarkTo(s, k)) {
          return Event.POSSIBLE;  // "states had to work with the US": an obligation, an opinion
        }
        if (c.deprel().equals("aux") && FUTURE.contains(w)) {
          return Event.PLANNED;
        }
        if (c.deprel().equals("amod") && PLANNING.contains(TriggerLexicon.lemma(c))) {
          return Event.PLANNED;
        }
      }
      Token t = s.tokens().get(k);
      if (k != head && PLANNING.contains(TriggerLexicon.lemma(t))) {
        return Event.PLANNED;
      }
      if (k != head && TriggerLexicon.lemma(t).equals("have") && t.pos().startsWith("VB")
          && s.dependents(k).stream().anyMatch(d -> d.deprel().startsWith("xcomp")
              && hasMarkTo(s, d.index()))) {
        return Event.POSSIBLE;  // "states had to work with the US": what one must do, an opinion
      }
      String rel = t.deprel();
      // "plans to impose", "called for a protest", "set for a vote"; "work with the US to
      // fight terrorism": a purpose is as real as the act it serves
      if (!(rel.startsWith("xcomp") || rel.equals("obj") || rel.startsWith("conj")
          || rel.startsWith("obl") && k == head
          || rel.startsWith("advcl") && hasMarkTo(s, k))) {
        return null;
      }
    }
    return null;
  }

  /** A to-infinitive: "to fight", "to work". */
  private static boolean hasMarkTo(Sentence s, int k) {
    return s.dependents(k).stream().anyMatch(d -> d.deprel().equals("mark")
        && d.word().equalsIgnoreCase("to"));
  }

  /** The clause is reported speech ("he said he would talk…"): intent worth recording. */
  private static boolean reported(Sentence s, int head) {
    Token t = s.tokens().get(head);
    if (!t.deprel().startsWith("ccomp") || t.head() < 0) {
      return false;
    }
    return REPORTING.contains(TriggerLexicon.lemma(s.tokens().get(t.head())));
  }

  private static boolean pastTense(Sentence s, int head) {
    Token t = s.tokens().get(head);
    if (hasChild(s, head, Set.of("has", "have", "'ve", "'s"))) {
      return false;  // present perfect: background, no day
    }
    if (t.pos().equals("VBD")) {
      return true;
    }
    if (t.pos().equals("VBN")) {
      return hasChild(s, head, Set.of("was", "were"));
    }
    if ((t.pos().equals("VBZ") || t.pos().equals("VBP")) && reported(s, head)) {
      // "he said, adding that the president wants Hamas to release him": the present of
      // reported speech is the time of the speech; "… said, adding that": the participle is as
      // past as the speech verb it continues, wherever the parser hung it
      return pastTense(s, t.head()) || s.tokens().get(t.head()).pos().equals("VBG")
          && s.tokens().stream().anyMatch(
              w -> w.pos().equals("VBD") && REPORTING.contains(TriggerLexicon.lemma(w)));
    }
    // nouns and participles take the tense of the verb that governs them
    int h = t.head();
    return h >= 0 && h != head && !t.pos().equals("VBD") && s.tokens().get(h).pos().equals("VBD")
        && !hasChild(s, h, Set.of("has", "have", "'ve"));
  }

  /** The day named in the trigger's clause, preferring an expression attached to it. */
  private static Optional<LocalDate> clauseDay(AnnotatedArticle article, Sentence s, int head,
                                               EventDates dates, boolean future) {
    LocalDate any = null;
    int count = 0;
    for (TimeExpression t : article.times()) {
      if (t.sentence() != s.index()) {
        continue;
      }
      int tok = s.tokenAt(t.span().end() - 1);
      boolean attached = tok >= 0 && attachedTo(s, tok, head);
      // "said on Wednesday he would talk": the day belongs to the past verb it hangs on
      Optional<LocalDate> day = dates.resolve(t, attached ? future
          : Event.PLANNED.equals(modality(s, governingVerb(s, tok))));
      if (day.isEmpty()) {
        continue;
      }
      count++;
      any = day.get();
      if (attached) {
        return day;
      }
    }
    return count == 1 ? Optional.of(any) : Optional.empty();
  }

  private static int governingVerb(Sentence s, int tok) {
    int k = tok;
    for (int steps = 0; steps < 8 && k >= 0; steps++, k = s.tokens().get(k).head()) {
      if (s.tokens().get(k).pos().startsWith("VB")) {
        return k;
      }
    }
    return tok;
  }

  private static boolean attachedTo(Sentence s, int tok, int head) {
    int steps = 0;
    for (int k = tok; k >= 0 && steps < 6; k = s.tokens().get(k).head(), steps++) {
      if (k == head || k == s.tokens().get(head).head()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a sentence moves the story's time: to the last past day it names (carried to later
   * past-tense events), to no day when it names another time ("in 2014", "last month"), or
   * nowhere (empty) when it names no time.
   */
  private static Optional<Optional<LocalDate>> namedDay(AnnotatedArticle article, Sentence s,
                                                        EventDates dates) {
    Optional<Optional<LocalDate>> out = Optional.empty();
    for (TimeExpression t : article.times()) {
      if (t.sentence() != s.index() || insideAnyQuote(article, t.span())
          || !"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
        continue;
      }
      Optional<LocalDate> d = dates.resolve(t, false);
      // a day to come ("until April 2") dates nothing that already happened
      if (d.isPresent() && dates.published() != null && d.get().isAfter(dates.published())) {
        continue;
      }
      if (d.isPresent() || out.isEmpty() && namesAnotherTime(t)) {
        out = Optional.of(d);
      }
    }
    return out;
  }

  /** A year, a month, a season: the story moved to another time than the last named day. */
  private static boolean namesAnotherTime(TimeExpression t) {
    return t.value() != null && t.value().matches("\\d{4}(-\\d{2}|-(SP|SU|FA|WI)|-Q\\d)?");
  }

  private static boolean insideAnyQuote(AnnotatedArticle article, Span span) {
    return article.quotes().stream().anyMatch(q -> q.outer().overlaps(span));
  }

  private static boolean hasChild(Sentence s, int i, Set<String> words) {
    for (Token c : s.dependents(i)) {
      if (words.contains(c.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger is what someone intends, wants or hopes to do ("wanted to meet", "is intending
   * to talk"): its own to-clause, or the object of one. A plan ("plans to impose") stays a
   * planned event.
   */
  private static boolean intended(Sentence s, int head) {
    Token t = s.tokens().get(head);
    for (int steps = 0; steps < 3 && t.head() >= 0; steps++) {
      String rel = t.deprel();
      if (!(rel.startsWith("xcomp") || rel.equals("obj") || rel.startsWith("conj"))) {
        return false;
      }
      t = s.tokens().get(t.head());
      if (t.pos().startsWith("VB") && INTENDING.contains(TriggerLexicon.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /** "there are no plans for Mr Blair to hold a news conference": a plan that is not. */
  private static boolean noPlanFor(Sentence s, int i) {
    Token t = s.tokens().get(i);
    for (int steps = 0; steps < 3 && t.head() >= 0; steps++) {
      String rel = t.deprel();
      if (!(rel.startsWith("acl") || rel.startsWith("xcomp") || rel.equals("advcl")
          || rel.equals("obj"))) {
        return false;
      }
      t = s.tokens().get(t.head());
      if (t.pos().startsWith("NN") && hasDeterminerNo(s, t.index())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDeterminerNo(Sentence s, int i) {
    for (Token c : s.dependents(i)) {
      if (c.deprel().equals("det") && c.word().equalsIgnoreCase("no")) {
        return true;
      }
    }
    return false;
  }
}
