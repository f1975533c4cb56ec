package org.newskg.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Country;
import org.newskg.resolve.CountryTable;
import org.newskg.resolve.OrganizationAliases;

/**
 * Who does an event, to or with whom, and where, read from the dependency parse around its
 * trigger. Actors are the article's resolved actors: a pronoun counts when coreference tied it
 * to one, a common noun ("leaders") counts when a name modifies it ("European Union leaders").
 */
final class EventRoles {
  private static final Set<String> TARGET_CASES =
      Set.of("with", "against", "on", "to", "toward", "towards", "into", "between", "onto", "over",
          "from", "for");
  private static final Set<String> NOUN_TARGET_CASES = Set.of("of", "on", "against", "with",
      "to", "between", "into", "for", "over");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside");
  /**
   * Verbs whose subject reports the event of their clause rather than takes part in it: the
   * reporting verbs attribution reads.
   */
  private static final Set<String> SPEECH_VERBS =
      WordList.load("/attribute/reporting-verbs.txt");
  /** Verbs whose subject receives what its object names from someone else. */
  private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain");
  /** Where a person receives others: a meeting there is theirs. */
  private static final Set<String> HOMES = Set.of("home", "house", "residence", "office",
      "estate", "ranch", "villa", "flat", "apartment");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");
  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** Who does it, to or with whom, where. */
  record Roles(List<Actor> actors, List<Actor> targets, Place place) {}

  private final CountryTable countries;
  private final TriggerLexicon lexicon;
  private final Set<String> agentNouns;
  private final Set<String> organizationNouns;
  private final OrganizationAliases organizations;

  EventRoles(CountryTable countries, TriggerLexicon lexicon) {
    this.countries = countries;
    this.lexicon = lexicon;
    this.agentNouns = WordList.load("/event/agent-nouns.txt");
    this.organizationNouns = WordList.load("/event/organization-nouns.txt");
    this.organizations = OrganizationAliases.load();
  }

  Roles find(AnnotatedArticle article, ArticleEntities entities, Sentence s, int head,
             boolean verb, String cameo) {
    boolean conflict = QuadClass.ofCameo(cameo) == QuadClass.MATERIAL_CONFLICT;
    Set<Actor> actors = new LinkedHashSet<>();
    Set<Actor> targets = new LinkedHashSet<>();
    Place place = null;
    boolean passive = false;
    boolean ownSubject = false;
    for (Token c : s.dependents(head)) {
      String rel = c.deprel();
      String cas = s.preposition(c.index());
      if (rel.equals("nsubj:pass")) {
        passive = true;
        targets.addAll(phrase(entities, s, c.index()));
      } else if (rel.startsWith("nsubj")) {
        ownSubject = true;
        List<Actor> subject = phrase(entities, s, c.index(), true);
        actors.addAll(subject.isEmpty() ? namedBefore(article, entities, s, c) : subject);
      } else if (rel.equals("obl:agent") || (rel.startsWith("obl") || rel.startsWith("nmod"))
          && ("by".equals(cas) || !verb && "from".equals(cas))) {
        actors.addAll(phrase(entities, s, c.index()));
      } else if (verb && (rel.equals("obj") || rel.equals("iobj"))) {
        targets.addAll(objectPhrase(entities, s, c.index()));
      } else if (!verb && rel.equals("compound") && conflict && isCountry(entities, c)) {
        targets.addAll(phrase(entities, s, c.index()));  // "the Iraq war": where, against whom
      } else if (!verb && (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod"))) {
        actors.addAll(phrase(entities, s, c.index()));
      } else if ((rel.startsWith("obl") || rel.startsWith("nmod")) && cas != null) {
        if ((verb ? TARGET_CASES : NOUN_TARGET_CASES).contains(cas)
            && !TriggerLexicon.isTimeOrNumber(c)) {
          if (!verb && cas.equals("between")) {
            actors.addAll(phrase(entities, s, c.index()));
          } else if (verb && cas.equals("for") && reason(entities, s, c)) {
            // "fined for a German brawl": what it was done for, not to whom
          } else {
            targets.addAll(objectPhrase(entities, s, c.index()));
          }
        }
        if (PLACE_CASES.contains(cas) && place == null) {
          place = place(article, entities, s, c.index());
        }
        if (!verb && "at".equals(cas) && QuadClass.ofCameo(cameo) == QuadClass.VERBAL_COOPERATION
            && HOMES.contains(TriggerLexicon.lemma(c))) {
          // "a meeting at Mr Kilroy-Silk's home": who receives the others there hosts it
          for (Token g : s.dependents(c.index())) {
            if (g.deprel().equals("nmod:poss")) {
              actorAtToken(entities, g).filter(x -> x.type() == ActorType.PERSON)
                  .ifPresent(actors::add);
            }
          }
        }
      }
    }
    if (place == null) {
      place = nestedPlace(article, entities, s, head);
    }
    if (targets.isEmpty() && verb) {
      // "suggested that America might not protect NATO members": the clause's object
      for (Token c : s.dependents(head)) {
        if (c.deprel().startsWith("ccomp") || c.deprel().startsWith("xcomp")) {
          for (Token g : s.dependents(c.index())) {
            if (g.deprel().equals("obj")) {
              targets.addAll(objectPhrase(entities, s, g.index()));
            }
          }
        }
        // "called on Norway to stop drilling" parsed as a clause marked "on": its subject
        if (c.deprel().startsWith("advcl") && s.dependents(c.index()).stream().anyMatch(
            g -> g.deprel().equals("mark") && g.index() == head + 1
                && TARGET_CASES.contains(g.word().toLowerCase(Locale.ROOT)))) {
          for (Token g : s.dependents(c.index())) {
            if (g.deprel().equals("nsubj")) {
              targets.addAll(objectPhrase(entities, s, g.index()));
            }
          }
        }
      }
    }
    if (!verb && actors.isEmpty()) {
      // "M&S received a statement from Philip Green": who sent it made it; who received it is
      // the one it was aimed at
      List<Actor> sender = sender(entities, s, head);
      if (!sender.isEmpty()) {
        actors.addAll(sender);
        targets.addAll(inheritedSubject(entities, s, head, false));
      }
    }
    // a verb with a subject of its own that names no one ("said the most common attacks hit
    // sites") does not borrow the subject of the verb above it
    if (actors.isEmpty() && !passive && !(verb && ownSubject)) {
      actors.addAll(inheritedSubject(entities, s, head, verb));
    }
    targets.removeAll(actors);
    if (actors.isEmpty() && targets.size() > 1 && !verb) {
      // "talks between Israel and Hamas" parsed flat: the first is the initiator
      Actor first = targets.iterator().next();
      targets.remove(first);
      actors.add(first);
    }
    return new Roles(List.copyOf(actors), List.copyOf(targets), place);
  }

  /**
   * The actor a subject that names none refers to: "the World Economic Forum, which meets",
   * the noun a relative pronoun's clause modifies; "it announced", "the company said", the
   * organization (or, for "it", country) last named as a clause's subject nearby.
   */
  private List<Actor> namedBefore(AnnotatedArticle article, ArticleEntities entities,
                                  Sentence s, Token subject) {
    String word = subject.word().toLowerCase(Locale.ROOT);
    if (RELATIVE_PRONOUNS.contains(word)) {
      int k = subject.head();
      Token clause = k < 0 ? null : s.tokens().get(k);
      return clause != null && clause.deprel().startsWith("acl:relcl") && clause.head() >= 0
          ? phrase(entities, s, clause.head()) : List.of();
    }
    if (article.insideQuote(subject.span())) {
      return List.of();
    }
    Optional<Actor> holder = officeHolder(entities, s, subject);
    if (holder.isPresent()) {
      return List.of(holder.get());
    }
    if (TriggerLexicon.lemma(subject).equals("government") && hasDeterminer(s, subject, "the")
        && s.dependents(subject.index()).stream().noneMatch(d -> d.deprel().equals("amod")
            || d.deprel().equals("compound") || d.deprel().startsWith("nmod"))) {
      // "the government revised its figures": the government of the country the story is about
      return entities.mostNamed(ActorType.COUNTRY).map(List::of).orElse(List.of());
    }
    boolean it = word.equals("it") && subject.pos().startsWith("PRP");
    boolean description = subject.pos().startsWith("NN") && !subject.pos().startsWith("NNP")
        && organizationNouns.contains(TriggerLexicon.lemma(subject))
        && s.dependents(subject.index()).stream().noneMatch(d -> d.deprel().equals("amod")
            || d.deprel().equals("compound") || d.deprel().startsWith("nmod"));
    boolean named = description && hasDeterminer(s, subject, "the");
    if (description && (hasDeterminer(s, subject, "a") || hasDeterminer(s, subject, "an"))) {
      // "…, a charity has warned": news names the organization after describing it
      // the well-known bodies the alias table lists (the WTO, the UN) are named, not described
      return Antecedents.introduced(article, entities, subject.begin(), a -> organizations
              .lookup(a.label()).map(o -> o.kind() != OrganizationAliases.Kind.OTHER
                  && o.kind() != OrganizationAliases.Kind.SEAT).orElse(true))
          .map(List::of).orElse(List.of());
    }
    if (!it && !named) {
      return List.of();
    }
    return Antecedents.body(article, entities, subject.begin())
        .filter(a -> it || a.type() == ActorType.ORGANIZATION).map(List::of).orElse(List.of());
  }

  /**
   * "The prime minister urged": the one person the article gives that title ("Prime Minister
   * Keir Starmer"), when it gives it to one only; "the British prime minister" too.
   */
  private static Optional<Actor> officeHolder(ArticleEntities entities, Sentence s,
                                              Token subject) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")) {
      return Optional.empty();
    }
    int det = -1;
    for (Token d : s.dependents(subject.index())) {
      if (d.deprel().equals("det") && d.word().equalsIgnoreCase("the")) {
        det = d.index();
      } else if (d.deprel().startsWith("nmod") || d.deprel().startsWith("acl")) {
        return Optional.empty();  // "the president of France": another office
      }
    }
    if (det < 0) {
      return Optional.empty();
    }
    // the words after "the": "prime minister", "British prime minister"
    StringBuilder words = new StringBuilder();
    for (int k = det + 1; k < subject.index(); k++) {
      words.append(s.tokens().get(k).word().toLowerCase(Locale.ROOT)).append(' ');
    }
    String phrase = words.append(TriggerLexicon.lemma(subject)).toString();
    List<Actor> holders = entities.roles().stream()
        .filter(r -> phrase.equals(r.title()) || phrase.endsWith(" " + r.title()))
        .map(r -> r.holder()).distinct().toList();
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /** Who sent a noun trigger its receiving verb governs ("received a warning from Iran"). */
  private List<Actor> sender(ArticleEntities entities, Sentence s, int head) {
    Token t = s.tokens().get(head);
    if (!t.deprel().equals("obj") || t.head() < 0
        || !RECEIVING.contains(TriggerLexicon.lemma(s.tokens().get(t.head())))) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    for (Token c : s.dependents(t.head())) {
      if (c.deprel().startsWith("obl") && "from".equals(s.preposition(c.index()))) {
        out.addAll(phrase(entities, s, c.index()));
      }
    }
    return out;
  }

  /** The subject a trigger without its own shares with the verb it depends on. */
  private List<Actor> inheritedSubject(ArticleEntities entities, Sentence s, int head,
                                       boolean verb) {
    int k = head;
    for (int steps = 0; steps < 4; steps++) {
      Token t = s.tokens().get(k);
      String rel = t.deprel();
      boolean climb = verb
          ? rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl")
              || rel.equals("dep")
              || rel.startsWith("ccomp") && steps > 0
              // "he was in Kenya before travelling to Sudan": the copular clause's subject
              || rel.equals("acl") && t.head() >= 0 && hasCopula(s, t.head())
          : rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("xcomp")
              || rel.startsWith("conj")
              // "agreed to a truce", not "kept up with demands"
              || rel.startsWith("obl") && t.head() >= 0 && lexicon.isTrigger(s.tokens().get(t.head()));
      if (!verb && climb && t.head() >= 0 && judges(s, t.head())) {
        return List.of();  // "Britain condemned the strike": the strike is not Britain's
      }
      if (!climb || t.head() < 0) {
        return List.of();
      }
      k = t.head();
      if (rel.startsWith("ccomp") && SPEECH_VERBS.contains(TriggerLexicon.lemma(s.tokens().get(k)))) {
        return List.of();  // "Zelensky said soldiers were killed in the war": not his war
      }
      for (Token c : s.dependents(k)) {
        if (c.deprel().equals("nsubj") || c.deprel().equals("nsubj:xsubj")) {
          List<Actor> found = phrase(entities, s, c.index(), true);
          if (!found.isEmpty()) {
            return found;
          }
          return List.of();
        }
      }
      verb = true;
    }
    return List.of();
  }

  private static boolean hasDeterminer(Sentence s, Token noun, String determiner) {
    return s.dependents(noun.index()).stream().anyMatch(d -> d.deprel().equals("det")
        && d.word().equalsIgnoreCase(determiner));
  }

  private static boolean hasCopula(Sentence s, int i) {
    return s.dependents(i).stream().anyMatch(d -> d.deprel().equals("cop"));
  }

  /** A verb that judges or answers an event rather than taking part: condemn, reject, demand. */
  private boolean judges(Sentence s, int verb) {
    Token v = s.tokens().get(verb);
    return v.pos().startsWith("VB") && lexicon.match(s, verb, false)
        .filter(m -> QuadClass.ofCameo(m.entry().cameo()) == QuadClass.VERBAL_CONFLICT)
        .isPresent();
  }

  /**
   * A "for" phrase whose head is one thing that names no actor and acts for none ("for a
   * German brawl", "for the Russian attack") gives the reason; a group ("for British firms",
   * "for Ukrainian troops") is whom it is for.
   */
  private boolean reason(ArticleEntities entities, Sentence s, Token head) {
    return head.pos().equals("NN") && actorAtToken(entities, head).isEmpty()
        && !agentNouns.contains(TriggerLexicon.lemma(head));
  }

  /**
   * The verb's object is someone acting for a body the sentence does not name ("kicked an
   * officer", "shot a soldier"): the act has a target, though no actor of the article is it.
   */
  boolean unnamedAgentObject(Sentence s, int verb) {
    return s.dependents(verb).stream().anyMatch(d -> d.deprel().equals("obj")
        && d.pos().startsWith("NN") && !d.pos().startsWith("NNP")
        && agentNouns.contains(TriggerLexicon.lemma(d)));
  }

  /** The actors a noun phrase names: its head, else a name modifying it, and its conjuncts. */
  List<Actor> phrase(ArticleEntities entities, Sentence s, int i) {
    return phrase(entities, s, i, false);
  }

  /**
   * @param subject the phrase is a subject: a possessor ("Ukraine's", "of Ukraine") acts only
   *                through an agent noun ("Ukraine's air defenses scrambled", not "her approval
   *                ratings shot higher")
   */
  private List<Actor> phrase(ArticleEntities entities, Sentence s, int i, boolean subject) {
    Set<Actor> out = new LinkedHashSet<>();
    Token headToken = s.tokens().get(i);
    Optional<Actor> head = actorAtToken(entities, headToken);
    if (head.isPresent()) {
      out.add(head.get());
    } else {
      boolean possessorActs = !subject || agentNouns.contains(TriggerLexicon.lemma(headToken));
      for (Token c : s.dependents(i)) {
        String rel = c.deprel();
        String cas = s.preposition(c.index());
        // "Russia's forces", "the head of the E.U.", "ministers from Norway", "a spokesman
        // for UKIP"
        boolean possessor = rel.equals("nmod:poss")
            || rel.equals("nmod") && ("of".equals(cas)
                || ("from".equals(cas) || "for".equals(cas)) && subject);
        // "Russian drones struck", not "the Japanese economy has gone back into recession"
        boolean modifier = (rel.equals("compound") || rel.equals("amod"))
            && (possessorActs || !headToken.pos().startsWith("NN"));
        if (modifier || possessor && possessorActs) {
          actorAtToken(entities, c).ifPresent(out::add);
          if (possessor) {
            // "ministers from Norway, Sweden and Finland"
            for (Token conj : s.dependents(c.index())) {
              if (conj.deprel().equals("conj")) {
                actorAtToken(entities, conj).ifPresent(out::add);
              }
            }
          }
        }
      }
    }
    for (Token c : s.dependents(i)) {
      if (c.deprel().equals("conj")) {
        out.addAll(phrase(entities, s, c.index(), subject));
      }
    }
    return List.copyOf(out);
  }

  /** Like {@link #phrase}, and what a non-actor object is aimed at ("aid to Ukraine"). */
  private List<Actor> objectPhrase(ArticleEntities entities, Sentence s, int i) {
    List<Actor> direct = phrase(entities, s, i);
    if (!direct.isEmpty()) {
      return direct;
    }
    Set<Actor> out = new LinkedHashSet<>();
    for (Token c : s.dependents(i)) {
      String cas = s.preposition(c.index());
      if (c.deprel().startsWith("nmod") && cas != null
          && Set.of("to", "for", "on", "against", "of", "with", "from").contains(cas)) {
        out.addAll(phrase(entities, s, c.index()));
      }
    }
    return List.copyOf(out);
  }

  private static Optional<Actor> actorAtToken(ArticleEntities entities, Token t) {
    if (!(t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("JJ")
        || t.pos().equals("NNP"))) {
      return Optional.empty();
    }
    Optional<Actor> at = entities.actorAt(t.span());
    if (at.isPresent() || !"O".equals(t.ner()) || !t.pos().startsWith("NN")
        || !Character.isUpperCase(t.word().charAt(0))) {
      return at;
    }
    // "Labour have refused" left untagged where "Labour" is tagged elsewhere in the article
    return entities.actors().stream().filter(a -> a.type() != ActorType.PERSON
        && a.names().stream().anyMatch(n -> n.text().equals(t.word()))).findFirst();
  }

  /** A place named by the phrase at token i ("in Brussels", "at the border with Poland"). */
  private Place place(AnnotatedArticle article, ArticleEntities entities, Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!PLACE_NER.contains(t.ner())) {
      return null;
    }
    int first = i;
    int last = i;
    while (first > 0 && s.tokens().get(first - 1).ner().equals(t.ner())) {
      first--;
    }
    while (last + 1 < s.tokens().size() && s.tokens().get(last + 1).ner().equals(t.ner())) {
      last++;
    }
    int begin = s.tokens().get(first).begin();
    int end = s.tokens().get(last).end();
    String label = article.text().substring(begin, end);
    Country country = countries.lookup(label).orElse(null);
    if (country == null) {
      country = nearbyCountry(entities, s, first, last).orElse(null);
    }
    return new Place(label, country, new Span(begin, end, label));
  }

  /** A place one step down: "slammed into a hotel in Kryvyi Rih". */
  private Place nestedPlace(AnnotatedArticle article, ArticleEntities entities, Sentence s,
                            int head) {
    for (Token c : s.dependents(head)) {
      if (c.deprel().startsWith("obl") || c.deprel().equals("obj")
          || c.deprel().startsWith("nmod")) {
        for (Token g : s.dependents(c.index())) {
          String cas = s.preposition(g.index());
          if (g.deprel().startsWith("nmod") && cas != null && PLACE_CASES.contains(cas)) {
            Place p = place(article, entities, s, g.index());
            if (p != null) {
              return p;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The country named nearest to a city the country table does not know ("in Kryvyi Rih,
   * Ukraine"); a demonym ("Russian drones") says who acts, not where, so a name wins.
   */
  private Optional<Country> nearbyCountry(ArticleEntities entities, Sentence s, int first,
                                          int last) {
    Country best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      Optional<Actor> a = actorAtToken(entities, t);
      if (a.isEmpty() || a.get().type() != ActorType.COUNTRY || t.index() >= first
          && t.index() <= last) {
        continue;
      }
      int distance = Math.abs(t.index() < first ? first - t.index() : t.index() - last)
          + (t.pos().startsWith("NNP") ? 0 : 100);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = a.get().country();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isCountry(ArticleEntities entities, Token t) {
    return actorAtToken(entities, t).filter(a -> a.type() == ActorType.COUNTRY).isPresent();
  }

  /** The country actor of the article for {@code country}, if the article mentions it. */
  Optional<Actor> countryActor(ArticleEntities entities, Country country) {
    return entities.actors().stream()
        .filter(a -> a.type() == ActorType.COUNTRY && country.equals(a.country()))
        .findFirst();
  }
}
