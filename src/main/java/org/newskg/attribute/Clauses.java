package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/** The syntax of reporting clauses, shared by the sieves: pure functions of a parse. */
final class Clauses {
  // compiled once: read for every quote and verb
  private static final Pattern SPACES_COMMAS_DASHES = Pattern.compile("[\\s,—-]*");
  private static final Pattern ENDS_QUESTION = Pattern.compile("(?s).*[?!][\"”’']*$");

  static final Set<String> CLAUSE_LINKS = ImmutableSet.of("advcl", "conj", "xcomp",
      "parataxis", "ccomp", "acl");
  static final Set<String> TEMPORAL_OR_NUMERIC = ImmutableSet.of("DATE", "TIME",
      "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
  static final Set<String> AUXILIARIES = ImmutableSet.of("have", "be", "do", "will");
  /** Modifiers a description of an unnamed speaker keeps ("a senior Canadian official"). */
  static final Set<String> DESCRIPTION_MODIFIERS = ImmutableSet.of("amod", "compound",
      "nummod", "flat");

  private Clauses() {}

  /** A reporting verb, or the "according" of "according to". */
  static boolean isCue(Sentence s, Token t, Set<String> reportingVerbs) {
    return t.pos().startsWith("VB") && reportingVerbs.contains(lower(t.lemma()))
        || isAccordingTo(s, t);
  }

  /**
   * True when {@code verb} sits in a clause that another reporting verb of the sentence reports
   * ("Mr. A said Mr. B had “rejected …”": "rejected" under "said").
   */
  static boolean isEmbedded(Sentence sentence, Token verb, Set<String> reportingVerbs) {
    Token current = verb;
    for (int hops = 0; current.head() >= 0 && hops < 6; hops++) {
      String rel = baseRelation(current.deprel());
      Token head = sentence.tokens().get(current.head());
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && head.pos().startsWith("VB")
          && reportingVerbs.contains(lower(head.lemma()))) {
        return true;
      }
      current = head;
    }
    return false;
  }

  /** True when the quote's first word hangs (through heads) from {@code verb}. */
  static boolean quoteUnder(Sentence sentence, Token verb, Quote quote) {
    for (Token t : sentence.tokens()) {
      if (!inside(quote.inner(), t)) {
        continue;
      }
      return hangsFrom(sentence, t, verb, 8);
    }
    return false;
  }

  /** True when {@code t} hangs from {@code head} through at most {@code maxHops} heads. */
  static boolean hangsFrom(Sentence sentence, Token t, Token head, int maxHops) {
    Token current = t;
    for (int hops = 0; current.head() >= 0 && hops < maxHops; hops++) {
      if (current.head() == head.index()) {
        return true;
      }
      current = sentence.tokens().get(current.head());
    }
    return false;
  }

  static Token auxiliarySubject(Sentence sentence, Token verb, Quote quote) {
    for (int i = verb.index() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (t.pos().startsWith("VB")) {
        return AUXILIARIES.contains(lower(t.lemma())) ? subjectOf(sentence, t, quote) : null;
      }
    }
    return null;
  }

  /**
   * "the trade and industry secretary", "the work and pensions minister": an office whose
   * field is two nouns joined by "and", which the parser reads as the first noun joined to the
   * office; the mention and description widened from that first noun to the office, else
   * {@code s} as it is.
   */
  static Statement withCoordinatedOffice(AnnotatedArticle article, Statement s) {
    Token head = describedHead(article, s);
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().equals("NN") || !head.deprel().startsWith("nsubj")
        || Animacy.ANIMATE.contains(lower(head.lemma()))) {
      return s;
    }
    for (Token office : sentence.dependents(head.index())) {
      boolean joined = sentence.dependents(office.index()).stream()
          .anyMatch(d -> d.deprel().equals("cc") && lower(d.word()).equals("and"));
      if (office.deprel().equals("conj") && office.pos().equals("NN") && joined
          && office.index() <= head.index() + 4
          && RoleNominals.OFFICES.contains(lower(office.lemma()))) {
        int begin = s.speakerMention().begin();
        Span mention = new Span(begin, office.end(),
            article.text().substring(begin, office.end()));
        String described = article.text().substring(head.begin(), office.end());
        return s.mentionedAs(mention, described);
      }
    }
    return s;
  }

  static boolean isAccordingTo(Sentence s, Token t) {
    return lower(t.word()).equals("according") && t.index() + 1 < s.tokens().size()
        && lower(s.tokens().get(t.index() + 1).word()).equals("to");
  }

  static boolean hasChild(Sentence sentence, Token head, String word) {
    return sentence.tokens().stream().anyMatch(t -> t.head() == head.index()
        && lower(t.word()).equals(word));
  }

  /** The noun right after a reporting verb that follows the quote ("…,” said the minister). */
  static Token invertedSubject(String text, Sentence sentence, Token verb, Quote quote) {
    // "“…,” said M&S.": the parser makes the name an object, or an open complement
    String between = text.substring(quote.outer().end(), verb.begin());
    if (!SPACES_COMMAS_DASHES.matcher(between).matches()) {
      return null;
    }
    for (Token t : sentence.tokens()) {
      if (t.head() == verb.index() && t.index() > verb.index()
          && (t.deprel().equals("obj") || t.deprel().equals("iobj")
              || t.deprel().equals("xcomp"))
          && t.pos().startsWith("NN")) {
        return t;
      }
    }
    // "“…,” said John Craig, co-author of the report": a name right after the verb, however
    // the parser read the words after it (it may take "report" for a verb with the name as
    // its subject)
    Token name = null;
    for (int i = verb.index() + 1; i < sentence.tokens().size()
        && sentence.tokens().get(i).pos().startsWith("NNP"); i++) {
      name = sentence.tokens().get(i);
    }
    return name;
  }

  /**
   * The word before a subjectless reporting verb, skipping commas, when it is a name; right
   * before the verb only when the name opens its reporting clause after a comma ("…, Mr Lund
   * said.", the parser having hung the name in apposition to the clause's last noun).
   */
  static Token nameBeforeVerb(Sentence sentence, Token verb, Quote quote) {
    int a = verb.index() - 1;
    while (a >= 0 && sentence.tokens().get(a).head() == verb.index()
        && sentence.tokens().get(a).deprel().startsWith("aux")) {
      a--;
    }
    if (a >= 0 && a < verb.index() - 1) {
      // "…, and Ann Lee is promising to …": a name opening its own clause right before the
      // verb's auxiliaries, which the parser hung elsewhere
      Token t = sentence.tokens().get(a);
      return t.pos().startsWith("NNP") && opensClause(sentence, a) && !inside(quote.outer(), t)
          ? t : null;
    }
    int i = verb.index() - 1;
    while (i >= 0 && sentence.tokens().get(i).word().equals(",")) {
      i--;
    }
    if (i < 0 || i == verb.index() - 1 && !namedAfterComma(sentence, i)) {
      return null;
    }
    Token t = sentence.tokens().get(i);
    if (!t.pos().startsWith("NNP") && t.deprel().equals("appos") && t.head() >= 0
        && t.head() < t.index()) {
      // "“…,” Ann Lee, a senior aide, said": the name the description is in apposition to
      t = sentence.tokens().get(t.head());
    } else {
      t = nameTheAppositionDescribes(sentence, t);
    }
    int opening = i;
    while (opening > 0 && !sentence.tokens().get(opening - 1).word().equals(",")) {
      opening--;
    }
    if (t.index() >= opening && opening > 1 && sentence.tokens().subList(opening, i).stream()
        .anyMatch(w -> w.pos().equals("WDT") || w.pos().equals("WP"))) {
      // "Group Harbour, the holding company which controls 51% of Vessa, says": a name in the
      // clause of a description is not the one the description is of, which comes before it
      t = sentence.tokens().get(opening - 2);
    }
    return t.pos().startsWith("NNP") && !inside(quote.outer(), t) ? t : null;
  }

  /** The name ending at word {@code last} opens the sentence or follows a comma, ";" or "and". */
  private static boolean opensClause(Sentence sentence, int last) {
    int i = beforeName(sentence, last);
    if (i < 0) {
      return true;
    }
    Token before = sentence.tokens().get(i);
    return before.word().equals(",") || before.word().equals(";") || before.pos().equals("CC");
  }

  /** The name ending at word {@code last} opens a clause after a comma: ", Mr Lund". */
  private static boolean namedAfterComma(Sentence sentence, int last) {
    int i = beforeName(sentence, last);
    return i < last && i >= 0 && sentence.tokens().get(i).word().equals(",");
  }

  /** The index of the word before the run of proper nouns ending at word {@code last}. */
  private static int beforeName(Sentence sentence, int last) {
    int i = last;
    while (i >= 0 && sentence.tokens().get(i).pos().startsWith("NNP")) {
      i--;
    }
    return i;
  }

  /** Verbs that give a thing a name ("called the route the “Arctic bridge”"). */
  static final Set<String> NAMING_VERBS = ImmutableSet.of("call", "dub", "label", "brand",
      "nickname", "term", "name");

  /** The most words of a subject after its verb between commas ("a spokesman for the firm"). */
  private static final int MAX_INVERTED = 6;
  /** The most words of an apposition after that subject ("head of the harbour firm Vessa"). */
  private static final int MAX_APPOSITION = 8;
  static final Set<String> FINITE_OR_MODAL = ImmutableSet.of("VBD", "VBZ", "VBP",
      "MD");

  /** A subject after its reporting verb, and the comma that closes it (and its apposition). */
  record InvertedSubject(Token head, int close) {}

  /**
   * "A key priority, said the forum, is to …", "The problem, said Ann Lee, head of Vessa, is
   * …": a reporting verb set off by commas in the middle of the sentence, with a short noun
   * phrase after it (and an apposition of it) up to a closing comma and a predicate after
   * that, has that phrase for its subject, however the parser read the words before it; empty
   * otherwise.
   */
  static Optional<InvertedSubject> subjectBetweenMarks(Sentence sentence, Token verb) {
    List<Token> tokens = sentence.tokens();
    int i = verb.index();
    // "His group, called the Harbour Fund, will …" names the group
    if (i < 2 || !tokens.get(i - 1).word().equals(",") || !verb.pos().startsWith("VBD")
        && !verb.pos().equals("VBZ") || NAMING_VERBS.contains(lower(verb.lemma()))) {
      return Optional.empty();
    }
    int close = nextComma(tokens, i + 1);
    if (close >= tokens.size() - 2 || close == i + 1 || close - i - 1 > MAX_INVERTED) {
      return Optional.empty();
    }
    if (!FINITE_OR_MODAL.contains(tokens.get(close + 1).pos())) {
      // ", head of Vessa," an apposition without a verb, then the predicate
      int second = nextComma(tokens, close + 1);
      if (second >= tokens.size() - 2 || second - close - 1 > MAX_APPOSITION
          || !FINITE_OR_MODAL.contains(tokens.get(second + 1).pos())
          || tokens.subList(close + 1, second).stream().anyMatch(t -> t.pos().startsWith("VB"))) {
        return Optional.empty();
      }
      close = second;
    }
    // the phrase's head, wherever the parser hung it (from the verb, or as the subject of
    // the clause after the comma)
    int end = nextComma(tokens, i + 1);
    Token head = null;
    for (int k = i + 1; k < end; k++) {
      Token t = tokens.get(k);
      if (t.head() <= i || t.head() >= end) {
        if (head != null || !t.pos().startsWith("NN")) {
          return Optional.empty();
        }
        head = t;
      }
    }
    return head == null ? Optional.empty() : Optional.of(new InvertedSubject(head, close));
  }

  private static int nextComma(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && !tokens.get(k).word().equals(",")) {
      k++;
    }
    return k;
  }

  /** Prepositions whose noun a gerund right after it has for its subject. */
  private static final Set<String> GERUND_PREPOSITIONS = ImmutableSet.of("despite", "with",
      "amid", "after", "following", "without", "among");

  /**
   * "The news comes despite Mr Lund's allies saying …", "amid analysts warning …": a gerund
   * right after a noun that such a preposition governs has that noun for its subject, however
   * the parser hung it; null otherwise.
   */
  static Token gerundSubject(Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBG") || verb.index() == 0) {
      return null;
    }
    Token noun = sentence.tokens().get(verb.index() - 1);
    if (!noun.pos().startsWith("NN") || inside(quote.outer(), noun)) {
      return null;
    }
    return sentence.dependents(noun.index()).stream().anyMatch(t -> t.deprel().equals("case")
        && GERUND_PREPOSITIONS.contains(lower(t.word()))) ? noun : null;
  }

  /**
   * Relations inside a noun phrase, its relative clause included, that a name in an apposition
   * hangs by ("the holding company which controls 51% of Vessa").
   */
  private static final Set<String> INSIDE_NOUN_PHRASE = ImmutableSet.of("nmod", "compound",
      "flat", "nmod:poss", "amod", "obj", "obl", "acl", "acl:relcl", "nummod");

  /**
   * "Ann Lee, the leader of the country's biggest union Unitas, told …": the name an
   * apposition describes, when {@code name} is a name inside that apposition (the verb's
   * speaker is the person, not the union the description names); else {@code name}.
   */
  static Token nameTheAppositionDescribes(Sentence sentence, Token name) {
    Token t = name;
    for (int hops = 0; hops < 6 && t.head() >= 0; hops++) {
      Token head = sentence.tokens().get(t.head());
      if (t != name && t.deprel().equals("appos") && head.index() < t.index()
          && head.pos().startsWith("NNP")) {
        return head;
      }
      // the name itself in apposition ("its rival Boeing, Mr Lund said") describes nothing
      if (!INSIDE_NOUN_PHRASE.contains(t.deprel())) {
        return name;
      }
      t = head;
    }
    return name;
  }

  static boolean hasDefiniteDeterminer(Sentence sentence, Token noun) {
    return sentence.tokens().stream().anyMatch(t -> t.head() == noun.index()
        && (t.deprel().equals("det") && lower(t.word()).equals("the")
            || t.deprel().equals("nmod:poss")));
  }

  /**
   * The last word before {@code verb}, past the verb's adverbs and auxiliaries, when it is a
   * proper noun other than {@code subject} ("US research group Pew says", "the team's coach
   * Ann Lee said"); else null.
   */
  static Token nameBeforeVerb(Sentence sentence, Token subject, Token verb) {
    if (verb.index() <= subject.index() + 1) {
      return null;
    }
    int i = verb.index() - 1;
    while (i > subject.index() && sentence.tokens().get(i).head() == verb.index()
        && !sentence.tokens().get(i).deprel().startsWith("nsubj")) {
      i--;
    }
    Token last = sentence.tokens().get(i);
    return last.index() == subject.index() || !last.pos().startsWith("NNP") ? null : last;
  }

  /**
   * The person the article calls by the subject's role: a name preceded by the role as a
   * title ("President Trump" for "the president") or in apposition with it ("Steve Witkoff,
   * the envoy"), the one named last before the subject.
   */
  static Optional<Actor> personWithRole(AnnotatedArticle article,
                                                ArticleEntities entities, Token role) {
    Actor best = null;
    int bestBegin = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() >= role.begin() || m.begin() <= bestBegin) {
          continue;
        }
        if (calledBy(article, m, role)) {
          best = a;
          bestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Everyone the article calls by {@code role} before it, as {@link #personWithRole} reads a
   * title or an apposition, in order of the first such name.
   */
  static List<Actor> peopleWithRole(AnnotatedArticle article, ArticleEntities entities,
                                    Token role) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.begin() < role.begin() && !out.contains(a) && calledBy(article, m, role)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * The name {@code m} is given {@code roleWord} as a title, inside it, or in apposition; a
   * title with a rank of its own ("Deputy Prime Minister X", "Shadow Chancellor Y") is another
   * office than the role the subject names without it ("the prime minister").
   */
  private static boolean calledBy(AnnotatedArticle article, Span m, Token role) {
    String roleWord = lower(role.word());
    String before = lower(article.text().substring(Math.max(0, m.begin() - 40), m.begin()));
    return titleBefore(before, roleWord) && !otherRank(article, before, roleWord, role)
        && !otherQualifier(article, m, roleWord, role)
        || lower(m.text()).startsWith(roleWord + " ") || inAppositionWith(article, m, roleWord);
  }

  /**
   * "Foreign Secretary Jack Straw" is not "the home secretary", nor "Foreign Minister X" "the
   * prime minister": a role with a common word before its office ("home", "prime") is another
   * office than a title whose capitalized word before the office differs ("Foreign"). Only for
   * offices of state ("rock star X" may be "the heavy metal star"); a role with no such word
   * ("the secretary"), or a name ("the US president"), is left alone.
   */
  static boolean otherQualifier(AnnotatedArticle article, Span name, String roleWord,
                                Token role) {
    Sentence s = article.sentenceAt(role.begin());
    if (s == null || role.index() == 0
        || !RoleNominals.OFFICES.contains(roleWord)) {
      return false;
    }
    Token q = s.tokens().get(role.index() - 1);
    String qualifier = q.word();
    if (q.head() != role.index() || !(q.deprel().startsWith("compound") || q.deprel().equals("amod"))
        || qualifier.isEmpty() || !Character.isLowerCase(qualifier.charAt(0))) {
      return false;
    }
    String title = article.text().substring(Math.max(0, name.begin() - 40), name.begin()).strip();
    if (title.length() < roleWord.length()) {
      return false;
    }
    String rest = title.substring(0, title.length() - roleWord.length()).strip();
    String word = rest.substring(rest.lastIndexOf(' ') + 1);
    word = word.substring(word.lastIndexOf('\n') + 1);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && !lower(word).equals(lower(qualifier));
  }

  /** A rank word ending a title a word or two before its office ("deputy prime minister "). */
  private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
      "(?s).*\\b(deputy|vice|shadow|former|acting|assistant|junior|ex)[\\s-]+(?:\\S+\\s+){0,2}");

  /**
   * The title before a name holds a rank word that the words naming the role ("the prime
   * minister") do not.
   */
  private static boolean otherRank(AnnotatedArticle article, String before, String roleWord,
                                   Token role) {
    java.util.regex.Matcher title = RANK.matcher(before.substring(0, before.lastIndexOf(roleWord)));
    if (!title.matches()) {
      return false;
    }
    String roleWords = lower(article.text().substring(Math.max(0, role.begin() - 30),
        role.begin()));
    return !roleWords.matches("(?s).*\\b" + title.group(1) + "[\\s-]+(?:\\S+\\s+){0,2}");
  }

  /** The role right before a name, as a title: "President " before "Trump". */
  static boolean titleBefore(String before, String roleWord) {
    // the pattern is made for each role word: first the test it implies, the word followed by
    // white space (or a final line end) to the end, which most names fail
    int end = before.length();
    while (end > 0 && isSpaceOrLineEnd(before.charAt(end - 1))) {
      end--;
    }
    if (!roleWord.isEmpty() && !isSpaceOrLineEnd(roleWord.charAt(roleWord.length() - 1))
        && (end == before.length() || !before.startsWith(roleWord, end - roleWord.length()))) {
      return false;
    }
    return before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(roleWord) + "\\s+$");
  }

  /** A character of the pattern's {@code \s}, or a line end its {@code $} may stand before. */
  private static boolean isSpaceOrLineEnd(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** "Steve Witkoff, the president's envoy" or "the envoy, Keith Kellogg". */
  static boolean inAppositionWith(AnnotatedArticle article, Span name, String roleWord) {
    Sentence s = article.sentenceAt(name.begin());
    int i = s == null ? -1 : s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token nameHead = s.tokens().get(i);
    for (Token t : s.tokens()) {
      boolean linked = t.deprel().equals("appos") && t.head() == nameHead.index()
          || nameHead.deprel().equals("appos") && nameHead.head() == t.index();
      if (linked && lower(t.word()).equals(roleWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An unnamed speaker in the article's words: the subject noun with its adjectives, compounds
   * and numbers, without the article ("a senior Canadian official" gives "senior Canadian
   * official"; "one operator" gives "operator"). Null when that leaves nothing of substance.
   */
  static String describe(Sentence sentence, Token subject) {
    if (!subject.pos().startsWith("NN") || TEMPORAL_OR_NUMERIC.contains(subject.ner())) {
      // "Thursday said …" is a misparse, not a source
      return null;
    }
    return describeNoun(sentence, subject);
  }

  /**
   * A share of those asked as the subject ("Another 19 percent said …", "Six in 10 said …"),
   * in its words; null for any other subject. Such a share reports what a poll found, not a
   * quotation.
   */
  static String describeShare(Sentence sentence, Token subject) {
    if (share(sentence, subject)) {
      int end = subject.end();
      for (Token t : sentence.tokens()) {
        if (t.head() == subject.index() && t.index() > subject.index()
            && "in".equals(sentence.preposition(t.index()))) {
          end = Math.max(end, t.end());
        }
      }
      return textOf(sentence, firstOfPhrase(sentence, subject), end);
    }
    return null;
  }

  private static String describeNoun(Sentence sentence, Token subject) {
    // the noun's modifiers before it, and theirs ("West Yorkshire police": "West" hangs from
    // "Yorkshire")
    Set<Integer> kept = new HashSet<>(List.of(subject.index()));
    for (int i = subject.index() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      // "the US stock market watchdog's chairman", "the prime minister's wife": whose they are
      // is part of who they are (a pronoun's, "his wife", is not a description)
      boolean owner = t.head() == subject.index() && t.deprel().equals("nmod:poss")
          && t.pos().startsWith("NN");
      // "the second biggest insurer", "the most senior official": what ranks an adjective of
      // the noun is part of it ("the biggest insurer" would be someone else)
      boolean grade = t.deprel().equals("advmod") && t.head() != subject.index()
          && kept.contains(t.head()) && sentence.tokens().get(t.head()).pos().startsWith("JJ")
          && ("ORDINAL".equals(t.ner()) || t.pos().equals("RBS") || t.pos().equals("RBR"));
      if (kept.contains(t.head()) && (DESCRIPTION_MODIFIERS.contains(baseRelation(t.deprel()))
          || owner || grade) && !lower(t.word()).equals("one")) {
        kept.add(i);
      }
    }
    // "the Leuven-based brewery": the word a kept one is hyphenated to stays with it
    for (int i = subject.index(); i >= 2; i--) {
      Token hyphen = sentence.tokens().get(i - 1);
      if (kept.contains(i) && hyphen.word().equals("-") && hyphen.head() == i
          && sentence.tokens().get(i - 2).head() == i) {
        kept.add(i - 1);
        kept.add(i - 2);
      }
    }
    // "the German and Danish governments": a kept adjective's conjunct, with its "and"
    for (Token t : sentence.tokens()) {
      if (t.index() < subject.index() && t.deprel().equals("conj") && kept.contains(t.head())
          && t.head() != subject.index() && t.pos().startsWith("JJ")
          && sentence.tokens().get(t.head()).pos().startsWith("JJ")) {
        kept.add(t.index());
        sentence.dependents(t.index()).stream().filter(d -> d.deprel().equals("cc"))
            .forEach(d -> kept.add(d.index()));
      }
    }
    // the owner's "'s"
    for (Token t : sentence.tokens()) {
      if (t.index() < subject.index() && t.deprel().equals("case") && kept.contains(t.head())
          && t.pos().equals("POS")) {
        kept.add(t.index());
      }
    }
    // "three out of four girls": the prepositions that join a kept word to the next stay
    int firstKept = kept.stream().min(Integer::compare).orElse(subject.index());
    for (int i = firstKept + 1; i < subject.index(); i++) {
      Token t = sentence.tokens().get(i);
      if (!kept.contains(i) && t.pos().equals("IN") && kept.contains(i - 1)
          && kept.contains(t.head())) {
        kept.add(i);
      }
    }
    List<Token> words = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (kept.contains(t.index())) {
        words.add(t);
      }
    }
    int begin = words.get(0).begin();
    // keep it contiguous: drop leading modifiers separated from the noun by other words
    StringBuilder b = new StringBuilder();
    for (Token t : words) {
      if (t.begin() < begin) {
        continue;
      }
      boolean joined = t.pos().equals("POS") || t.word().equals("-")
          || t.index() > 0 && sentence.tokens().get(t.index() - 1).word().equals("-")
          && kept.contains(t.index() - 1);
      if (b.length() > 0 && !joined) {
        b.append(' ');
      }
      b.append(t.word());
    }
    Token number = numberInName(sentence, subject);
    if (number != null) {
      b.append(' ').append(number.word());
    }
    Token trailing = trailingHead(sentence, subject);
    if (trailing != null) {
      b.append(' ').append(trailing.word());
    }
    int ofEnd = ofNameEnd(sentence, subject);
    if (ofEnd > subject.index()) {
      for (int i = subject.index() + 1; i <= ofEnd; i++) {
        b.append(' ').append(sentence.tokens().get(i).word());
      }
    }
    String d = b.toString().strip();
    return d.isEmpty() ? null : d;
  }

  /**
   * "The former Scotland international added": the parser took the name for the head and the
   * noun after it, tagged an adjective, for its modifier; that word, right after the name and
   * right before a verb, ends the description. Null otherwise.
   */
  private static Token trailingHead(Sentence sentence, Token noun) {
    int i = noun.index() + 1;
    if (!noun.pos().startsWith("NNP") || i + 1 >= sentence.tokens().size()) {
      return null;
    }
    Token t = sentence.tokens().get(i);
    return t.head() == noun.index() && (t.deprel().equals("amod") || t.deprel().equals("compound"))
        && (t.pos().equals("JJ") || t.pos().equals("NN"))
        && sentence.tokens().get(i + 1).pos().startsWith("VB") ? t : null;
  }

  /**
   * "Number 10 said", "Channel 4 reported": a number right after a capitalized noun that it
   * modifies is part of the body's name, so the description keeps it; null otherwise.
   */
  static Token numberInName(Sentence sentence, Token noun) {
    if (noun.index() + 1 >= sentence.tokens().size() || noun.word().isEmpty()
        || !Character.isUpperCase(noun.word().charAt(0))) {
      return null;
    }
    Token next = sentence.tokens().get(noun.index() + 1);
    return next.pos().equals("CD") && next.head() == noun.index()
        && (next.deprel().equals("nummod") || next.deprel().equals("compound"))
        ? next : null;
  }

  /**
   * "the Office of the Deputy Prime Minister said", "Reporters Without Borders said": a
   * capitalized noun followed by "of" (or a capitalized preposition) and a run of capitalized
   * words is named by all of them (the entity tagger may miss such a name); the index of the
   * run's last word, or -1.
   */
  static int ofNameEnd(Sentence sentence, Token noun) {
    List<Token> tokens = sentence.tokens();
    int i = noun.index() + 1;
    // a common noun opening the sentence has its capital from the sentence, not from a name
    if (!capitalNoun(noun) || noun.index() == 0 && !noun.pos().startsWith("NNP")
        || i >= tokens.size() || !tokens.get(i).word().equals("of")
        && !(tokens.get(i).pos().equals("IN") && Character.isUpperCase(
            tokens.get(i).word().charAt(0)))) {
      // "Reporters Without Borders": a preposition set in capitals inside a title-case name
      return -1;
    }
    i++;
    if (i < tokens.size() && lower(tokens.get(i).word()).equals("the")) {
      i++;
    }
    return capitalRunEnd(tokens, i, false);
  }

  /**
   * The index of the last word of the run of capitalized nouns from word {@code i} on, joined
   * by "and", "&" (and "of", with {@code joinedByOf}); -1 when word {@code i} opens none.
   */
  private static int capitalRunEnd(List<Token> tokens, int from, boolean joinedByOf) {
    int i = from;
    int last = -1;
    while (i < tokens.size() && (capitalNoun(tokens.get(i))
        || last > 0 && i + 1 < tokens.size() && capitalNoun(tokens.get(i + 1))
            && (tokens.get(i).word().equals("and") || tokens.get(i).word().equals("&")
                || joinedByOf && tokens.get(i).word().equals("of")))) {
      last = i;
      i++;
    }
    return last;
  }

  /**
   * An unnamed speaker's description with what its noun is of, as the text has it: "chairman
   * of the Police Federation of England and Wales", "pattern of traffic", "head of the city's
   * transport department". Whose office or part it is, is part of who they are. Added to the
   * statement's description only: candidates are pooled and ranked by the noun's own.
   */
  static String withWhatItIsOf(AnnotatedArticle article, Span mention, String description) {
    Sentence sentence = article.sentenceAt(mention.begin());
    if (sentence == null || description == null) {
      return description;
    }
    Token noun = sentence.tokens().stream().filter(t -> t.end() == mention.end()).findFirst()
        .orElse(null);
    if (noun == null || noun.pos().startsWith("NNP") || !description.endsWith(noun.word())) {
      return description;
    }
    int end = -1;
    if (ofNamedBody(sentence, noun)) {
      int i = noun.index() + 2;
      if (i < sentence.tokens().size() && lower(sentence.tokens().get(i).word()).equals("the")) {
        i++;
      }
      end = capitalRunEnd(sentence.tokens(), i, true);
    }
    if (end < 0) {
      end = ofPhraseEnd(sentence, noun);
    }
    if (end < 0) {
      end = agentEnd(sentence, noun);
    }
    if (end <= noun.index()) {
      return description;
    }
    StringBuilder b = new StringBuilder(description);
    for (int i = noun.index() + 1; i <= end; i++) {
      Token t = sentence.tokens().get(i);
      // written as in the text: "city's", "year-long"
      if (t.begin() > sentence.tokens().get(i - 1).end()) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }

  /**
   * "The pattern of traffic to the website suggests …", "the head of the city's transport
   * department said", "a spokesman for the firm", "a report in the Sunday Herald": what a
   * common noun is of (for a representative, whom they speak for; for anything, a name it is
   * in, by or at) is part of what it is; the index of the last word of that phrase's noun (without
   * what that noun has after it), or -1.
   */
  /** The noun phrase ends at {@code noun}: no noun and no "and" go on after it. */
  private static boolean phraseEndsAt(Sentence sentence, Token noun) {
    if (noun.index() + 1 >= sentence.tokens().size()) {
      return true;
    }
    Token next = sentence.tokens().get(noun.index() + 1);
    return !next.pos().startsWith("NN") && !next.word().equals("and") && !next.word().equals("&");
  }

  private static int ofPhraseEnd(Sentence sentence, Token noun) {
    int of = noun.index() + 1;
    if (!noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")
        || of + 1 >= sentence.tokens().size()) {
      return -1;
    }
    String preposition = lower(sentence.tokens().get(of).word());
    boolean representative = Representatives.NOUNS.contains(lower(noun.lemma()));
    if (!preposition.equals("of") && !(preposition.equals("for") && representative)
        && !preposition.equals("in") && !preposition.equals("by")
        && !preposition.equals("at")) {
      return -1;
    }
    Token object = sentence.tokens().stream().filter(t -> t.head() == noun.index()
        && t.index() > of && baseRelation(t.deprel()).equals("nmod")
        && t.pos().startsWith("NN") && preposition.equals(sentence.preposition(t.index())))
        .findFirst().orElse(null);
    // "in", "by" and "at" only before a name: "a report in the Sunday Herald", "reports in the
    // Hollywood Reporter trade paper", "a manager at Monsanto", not "officials in the region"
    if (object == null || !preposition.equals("of") && !preposition.equals("for")
        && !object.pos().startsWith("NNP") && (sentence.dependents(object.index()).stream()
            .noneMatch(d -> d.deprel().equals("compound") && d.pos().startsWith("NNP"))
            || !phraseEndsAt(sentence, object))) {
      return -1;
    }
    return ownWords(sentence, of, object) ? object.index() : -1;
  }

  /**
   * "according to figures released by the Finance Ministry": a participle right after the noun
   * with the agent that made it; the index of the agent's last word, or -1.
   */
  private static int agentEnd(Sentence sentence, Token noun) {
    int i = noun.index() + 1;
    if (i >= sentence.tokens().size()) {
      return -1;
    }
    Token participle = sentence.tokens().get(i);
    if (!participle.pos().equals("VBN") || participle.head() != noun.index()
        || !participle.deprel().startsWith("acl")) {
      return -1;
    }
    Token agent = sentence.tokens().stream().filter(t -> t.head() == participle.index()
        && t.index() > i && t.pos().startsWith("NN") && "by".equals(sentence.preposition(t.index())))
        .findFirst().orElse(null);
    if (agent == null || agent.index() - i > 8) {
      return -1;
    }
    return ownWords(sentence, i, agent) ? agent.index() : -1;
  }

  /**
   * The words between word {@code after} and {@code head} are {@code head}'s own phrase, in one
   * stretch: each hangs from a word after {@code after}, up to {@code head}.
   */
  private static boolean ownWords(Sentence sentence, int after, Token head) {
    for (int k = after + 1; k < head.index(); k++) {
      Token t = sentence.tokens().get(k);
      if (t.head() <= after || t.head() > head.index()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the chairman of the Police Federation": a common noun whose "of" phrase, right after it,
   * is a name hanging from it; whose office it is, is part of who they are.
   */
  private static boolean ofNamedBody(Sentence sentence, Token noun) {
    int of = noun.index() + 1;
    if (!noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")
        || of + 1 >= sentence.tokens().size() || !sentence.tokens().get(of).word().equals("of")) {
      return false;
    }
    return sentence.tokens().stream().anyMatch(t -> t.head() == noun.index() && t.index() > of
        && t.pos().startsWith("NNP") && baseRelation(t.deprel()).equals("nmod")
        && sentence.preposition(t.index()) != null && sentence.preposition(t.index()).equals("of"));
  }

  /** A noun written with a capital: a word of a name, "Minister" in a title too. */
  private static boolean capitalNoun(Token t) {
    return t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0));
  }

  /** A share of people: "19 percent", "a third", "six in 10". */
  private static boolean share(Sentence sentence, Token subject) {
    String w = lower(subject.word());
    if (w.equals("percent") || w.equals("%")) {
      return true;
    }
    return subject.pos().equals("CD") && sentence.tokens().stream().anyMatch(t ->
        t.head() == subject.index() && t.index() > subject.index() && t.pos().equals("CD")
            && "in".equals(sentence.preposition(t.index())));
  }

  /**
   * Where the words hanging from {@code head} before it begin, with the first part of a
   * hyphened one ("Forty-four percent": "Forty" hangs from "four"); not a preposition or a
   * mark that opens the phrase ("compared to 34%").
   */
  private static int firstOfPhrase(Sentence sentence, Token head) {
    int begin = head.begin();
    for (Token t : sentence.tokens()) {
      if (t.head() == head.index() && t.index() < head.index()
          && !t.word().equals(",") && !PHRASE_OPENERS.contains(baseRelation(t.deprel()))) {
        begin = Math.min(begin, t.begin());
        for (Token u : sentence.tokens()) {
          if (u.index() < t.index() && u.head() == t.index()
              && (u.deprel().startsWith("compound") || u.word().equals("-"))) {
            begin = Math.min(begin, u.begin());
          }
        }
      }
    }
    return begin;
  }

  /** Relations of the words that open a phrase rather than belong to its noun. */
  private static final Set<String> PHRASE_OPENERS = Set.of("case", "mark", "cc", "punct");

  static boolean insideQuote(AnnotatedArticle article, Token t) {
    return article.quoteAround(t.begin(), t.end()).isPresent();
  }

  /**
   * The last sentence that can hold the quote's reporting clause: the quote's own, or the next
   * one when the quote ends its sentence with "?" or "!" and the attribution follows in the same
   * paragraph ("“… in return?” Wang Hung-wei said."), which the sentence splitter cuts apart.
   */
  static int lastClauseSentence(AnnotatedArticle article, Quote quote) {
    int last = quote.sentenceTo();
    List<Sentence> sentences = article.sentences();
    if (last < 0 || last + 1 >= sentences.size()) {
      return last;
    }
    Sentence own = sentences.get(last);
    Sentence next = sentences.get(last + 1);
    String text = article.text();
    boolean quoteEndsSentence = own.end() <= quote.outer().end();
    boolean sameParagraph = next.paragraph() == own.paragraph();
    boolean questionOrExclamation = ENDS_QUESTION.matcher(
        text.substring(quote.inner().begin(), quote.outer().end())).matches();
    return quoteEndsSentence && sameParagraph && questionOrExclamation
        && !startsWithQuote(text, next) ? last + 1 : last;
  }

  static boolean startsWithQuote(String text, Sentence sentence) {
    char first = text.charAt(sentence.begin());
    return first == '“' || first == '"' || first == '‘';
  }

  /**
   * The subject of a reporting verb; a verb without one ("…, calling it …", "and added")
   * borrows the subject of the clause it hangs from. Subjects inside the quote don't count.
   */
  static Token subjectOf(Sentence sentence, Token verb, Quote quote) {
    Token current = verb;
    // "Mr Houston is alleged to have said": the passive subject of the verb whose open
    // complement the cue is says it
    boolean complementOf = false;
    for (int hops = 0; current != null && hops < 4; hops++) {
      Token found = null;
      for (Token t : sentence.tokens()) {
        if (t.head() == current.index() && t.deprel().startsWith("nsubj")
            && (!t.deprel().equals("nsubj:pass") || complementOf
                || !passive(sentence, current, quote))
            && !inside(quote.outer(), t)) {
          if (found == null) {
            found = t;
          } else if (t.index() < current.index() && found.index() < t.index()
              && !nameBeforeItsOwnWords(sentence, found, t)) {
            // "These workers, Berg explained, were …": the parser gives the parenthetical
            // verb both subjects; its own is the one nearest before it
            found = t;
          }
        }
      }
      if (found != null && hops == 0) {
        found = parentheticalSubject(sentence, found, verb);
      }
      if (found == null && hops == 0) {
        // a subject the parser lost: before the verb, or after it
        found = nameInOpeningPhrase(sentence, verb, quote);
        found = found != null ? found : invertedSubject(sentence, verb, quote);
        found = found != null ? found : closingSubject(sentence, verb);
      }
      if (found != null && hops > 0 && thingInComplement(sentence, found, current)) {
        // "the BCC found the economy faced risks and warned that …": the parser joins "warned"
        // to the complement's verb, whose subject cannot speak; the one who found it warned
        found = null;
      } else if (found != null) {
        return found;
      }
      if (current.head() < 0) {
        return null;
      }
      Token head = sentence.tokens().get(current.head());
      // "he has at the same time assailed …" parsed with "has" as the main verb: an
      // auxiliary the parser made the head lends its subject
      boolean auxiliaryHead = head.pos().startsWith("VB")
          && AUXILIARIES.contains(lower(head.lemma()));
      if (!CLAUSE_LINKS.contains(baseRelation(current.deprel())) && !auxiliaryHead) {
        return null;
      }
      complementOf = baseRelation(current.deprel()).equals("xcomp");
      current = head;
    }
    return null;
  }

  /** Entity types that name a speaker. */
  private static final Set<String> NAMED = ImmutableSet.of("PERSON", "ORGANIZATION");
  /** Words of the noun phrase a reporting clause set off by a comma names its speaker by. */
  private static final Set<String> NOUN_PHRASE_TAGS = ImmutableSet.of("DT", "JJ", "JJR",
      "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "PRP$", "PRP");
  /** The longest noun phrase taken for a closing reporting clause's subject. */
  private static final int CLOSING_SUBJECT_WORDS = 10;

  /**
   * "A series of shocks, the Colorado centre has argued, have shown …": the parser took the
   * noun phrase of a reporting clause set in commas for an apposition of the subject before it,
   * and the subject for the verb's. The apposition is the subject when nothing but auxiliaries
   * and adverbs stands between it and the verb, and a comma follows the verb; else
   * {@code subject}.
   */
  private static Token parentheticalSubject(Sentence sentence, Token subject, Token verb) {
    List<Token> tokens = sentence.tokens();
    if (verb.index() + 1 >= tokens.size() || !tokens.get(verb.index() + 1).word().equals(",")
        || subject.index() > verb.index()) {
      return subject;
    }
    for (Token d : sentence.dependents(subject.index())) {
      if (!d.deprel().equals("appos") || d.index() > verb.index()) {
        continue;
      }
      int open = d.index() - 1;
      while (open > subject.index() && NOUN_PHRASE_TAGS.contains(tokens.get(open).pos())) {
        open--;
      }
      if (!tokens.get(open).word().equals(",")) {
        continue;
      }
      boolean adjacent = true;
      for (int i = d.index() + 1; i < verb.index(); i++) {
        Token t = tokens.get(i);
        adjacent &= t.pos().startsWith("RB") || t.pos().equals("MD")
            || t.pos().startsWith("VB") && AUXILIARIES.contains(lower(t.lemma()));
      }
      if (adjacent) {
        return d;
      }
    }
    return subject;
  }

  /**
   * "Britain has offered to send troops, Downing Street said.": a verb of saying that ends the
   * sentence after a comma and a noun phrase, hung by the parser from a word of the clause
   * before it rather than made that clause's parenthetical; the index of the comma, else -1.
   */
  static int closingClauseComma(Sentence sentence, Token verb) {
    List<Token> tokens = sentence.tokens();
    String rel = baseRelation(verb.deprel());
    if (!verb.pos().equals("VBD") && !verb.pos().equals("VBZ") && !verb.pos().equals("VBN")
        || verb.head() < 0 || rel.equals("ccomp") || rel.equals("parataxis")
        || rel.equals("conj")) {
      return -1;
    }
    for (Token t : tokens.subList(verb.index() + 1, tokens.size())) {
      if (!t.pos().equals(".") && !t.pos().equals("''")) {
        return -1;
      }
    }
    int i = verb.index() - 1;
    boolean auxiliary = false;
    while (i >= 0 && tokens.get(i).pos().startsWith("VB")
        && lower(tokens.get(i).lemma()).equals("have")) {
      auxiliary = true;
      i--;
    }
    if (verb.pos().equals("VBN") != auxiliary) {
      return -1;
    }
    int end = i;
    boolean noun = false;
    while (i >= 0 && end - i < CLOSING_SUBJECT_WORDS
        && NOUN_PHRASE_TAGS.contains(tokens.get(i).pos())) {
      noun |= tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().equals("PRP");
      i--;
    }
    if (!noun || i < 2 || !tokens.get(i).word().equals(",") || verb.head() >= i) {
      return -1;
    }
    boolean clause = tokens.subList(0, i).stream()
        .anyMatch(t -> ReportedClauses.FINITE.contains(t.pos()));
    return clause ? i : -1;
  }

  /**
   * The head of the noun phrase before the verb of a closing reporting clause
   * ({@link #closingClauseComma}).
   */
  private static Token closingSubject(Sentence sentence, Token verb) {
    if (closingClauseComma(sentence, verb) < 0) {
      return null;
    }
    for (int i = verb.index() - 1; i >= 0; i--) {
      Token t = sentence.tokens().get(i);
      if (t.pos().startsWith("NN") || t.pos().equals("PRP")) {
        return t;
      }
    }
    return null;
  }

  /**
   * "Ann Lee of Save the Children said": the second of two subjects the parser gave a verb is
   * a word of the first one's phrase, not a subject of its own, when the first is a name, the
   * second is none and no punctuation sets the second apart.
   */
  private static boolean nameBeforeItsOwnWords(Sentence sentence, Token first, Token second) {
    if (!NAMED.contains(first.ner()) || NAMED.contains(second.ner())) {
      return false;
    }
    for (int i = first.index() + 1; i < second.index(); i++) {
      if (sentence.tokens().get(i).deprel().equals("punct")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code subject}, of the complement clause headed by {@code verb}, is a thing that
   * cannot speak (so a verb of saying joined to that verb is not its act).
   */
  private static boolean thingInComplement(Sentence sentence, Token subject, Token verb) {
    return baseRelation(verb.deprel()).equals("ccomp") && subject.pos().startsWith("NN")
        && !subject.pos().startsWith("NNP") && "O".equals(subject.ner())
        && Subjects.ANIMACY.cannotSpeak(subject.word(), subject.lemma());
  }

  /**
   * "But on Wednesday Prime Minister Yulia Tymoshenko said …", "After the announcement WLGA
   * spokesman Bob Wellington, of Torfaen, said …", "White said Conte at first told her …": an
   * opening phrase without a comma runs into the subject (the parser makes the name the end of
   * the phrase), or a reported clause's subject is taken for the object of the verb before it;
   * a finite verb has a subject, so the person or organization right before a finite verb
   * without one (but for an aside in commas or an adverb) is it: the end of the verb's own
   * opening phrase, or the object of a verb before it. Null when there is none.
   */
  private static Token nameInOpeningPhrase(Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBD") && !verb.pos().equals("VBZ")) {
      return null;
    }
    List<Token> tokens = sentence.tokens();
    int i = verb.index() - 1;
    if (i >= 0 && tokens.get(i).word().equals(",")) {
      // an aside in commas: "Bob Wellington, of Torfaen, said"
      int open = i - 1;
      while (open >= 0 && !tokens.get(open).word().equals(",")
          && !tokens.get(open).pos().startsWith("VB")) {
        open--;
      }
      i = open >= 0 && tokens.get(open).word().equals(",") && open < i - 1 ? open - 1 : -1;
    } else {
      // an adverb between: "Conte at first told"
      while (i >= 0 && (tokens.get(i).pos().startsWith("RB")
          || tokens.get(i).pos().equals("IN") && i + 1 < verb.index()
              && tokens.get(i + 1).pos().startsWith("RB"))) {
        i--;
      }
    }
    if (i < 0) {
      return null;
    }
    Token name = tokens.get(i);
    if (!("PERSON".equals(name.ner()) || "ORGANIZATION".equals(name.ner()))
        || !name.pos().startsWith("NNP") || inside(quote.outer(), name) || name.head() < 0) {
      return null;
    }
    String rel = baseRelation(name.deprel());
    boolean phrase = name.head() == verb.index() && rel.equals("obl")
        && sentence.dependents(name.index()).stream().anyMatch(c -> c.deprel().equals("case")
            && c.index() < name.index());
    boolean objectBefore = rel.equals("obj") && name.head() < name.index()
        && tokens.get(name.head()).pos().startsWith("VB");
    return phrase || objectBefore ? name : null;
  }

  /**
   * "Also, said Mr Flynn, Vodafone has cut off …", "Locally, too, say analysts, recent
   * developments have …": the parser takes the subject after the verb for the subject of what
   * it reports, and that clause's own subject for its apposition. The words right after a verb
   * without a subject, ending in a comma, that are the subject of the verb's reported clause,
   * are the verb's; null when there are none.
   */
  private static Token invertedSubject(Sentence sentence, Token verb, Quote quote) {
    List<Token> tokens = sentence.tokens();
    if (verb.index() == 0 || !tokens.get(verb.index() - 1).word().equals(",")) {
      return null;
    }
    for (Token clause : sentence.dependents(verb.index())) {
      // (a finite clause: "said Xing Wangli, a spokesman … quoted in China Daily" is none)
      boolean finite = clause.pos().equals("VBD") || clause.pos().equals("VBZ")
          || clause.pos().equals("VBP") || sentence.dependents(clause.index()).stream()
              .anyMatch(d -> d.deprel().startsWith("aux") || d.deprel().equals("cop"));
      if (!baseRelation(clause.deprel()).equals("ccomp") || clause.index() < verb.index()
          || !finite) {
        continue;
      }
      for (Token subject : sentence.dependents(clause.index())) {
        if (!subject.deprel().startsWith("nsubj") || !subject.pos().startsWith("NN")
            || subject.index() <= verb.index() || inside(quote.outer(), subject)) {
          continue;
        }
        // the subject's words start right after the verb and end at a comma before an
        // apposition that is the reported clause's own subject
        boolean adjacent = tokens.subList(verb.index() + 1, subject.index()).stream()
            .allMatch(t -> t.head() == subject.index());
        boolean comma = subject.index() + 2 < tokens.size()
            && tokens.get(subject.index() + 1).word().equals(",")
            && sentence.dependents(subject.index()).stream()
                .anyMatch(a -> a.deprel().equals("appos") && a.index() > subject.index() + 1);
        if (adjacent && comma) {
          return subject;
        }
      }
    }
    return null;
  }

  /**
   * True when {@code verb} is passive in the reporter's words: a participle, or a passive
   * auxiliary outside the quote. The parser reads a quote's last "is" as the passive auxiliary
   * of the reporting verb after it ("… I don't think it is,” he told the committee"), which
   * must not make "he" a passive subject.
   */
  private static boolean passive(Sentence sentence, Token verb, Quote quote) {
    if (verb.pos().equals("VBN")) {
      return true;
    }
    for (Token d : sentence.dependents(verb.index())) {
      if (d.deprel().equals("aux:pass") && !inside(quote.outer(), d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who a speech noun belongs to: its possessor ("Smith's claim"), its agent ("a statement by
   * the ministry", "a warning from Smith"), or the subject of the verb it is the object of
   * ("Smith issued a statement saying …", "Smith made the claim that …"), not of one that
   * disputes it ("denied the claim that …").
   */
  static Token speechNounSource(Sentence sentence, Token noun, Quote quote) {
    for (Token t : sentence.dependents(noun.index())) {
      String preposition = sentence.preposition(t.index());
      if (t.deprel().equals("nmod:poss") || t.deprel().startsWith("nmod")
          && ("by".equals(preposition) || "from".equals(preposition))) {
        return inside(quote.outer(), t) ? null : t;
      }
    }
    if (noun.head() >= 0 && noun.deprel().equals("obj")
        && !disputing(sentence, sentence.tokens().get(noun.head()))) {
      return subjectOf(sentence, sentence.tokens().get(noun.head()), quote);
    }
    return null;
  }

  /** The verb takes issue with the claim it governs, alone or with its particle. */
  private static boolean disputing(Sentence sentence, Token verb) {
    String lemma = lower(verb.lemma());
    if (DISPUTING.contains(lemma)) {
      return true;
    }
    for (Token d : sentence.dependents(verb.index())) {
      // the parser makes "aside" an adverb as often as a particle
      if ((d.deprel().equals("compound:prt") || d.deprel().equals("advmod"))
          && d.index() > verb.index()
          && DISPUTING_PHRASAL.contains(lemma + " " + lower(d.word()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs whose subject takes issue with a claim rather than makes it: "refused to deny the
   * claim that …" does not say whose the claim is.
   */
  private static final Set<String> DISPUTING = ImmutableSet.of("deny", "reject", "dismiss",
      "dispute", "refute", "rebut", "counter", "challenge", "question", "doubt", "contest",
      "investigate", "examine", "ridicule", "mock", "condemn", "criticise", "criticize",
      "downplay", "ignore", "welcome", "deplore");

  /** "played down claims that …", "brushed aside suggestions that …": the same, phrasal. */
  private static final Set<String> DISPUTING_PHRASAL = ImmutableSet.of("play down",
      "brush aside", "brush off", "shrug off", "laugh off", "wave away", "wave aside",
      "shoot down", "knock down");

  /**
   * Who a participle modifying a noun speaks for: the noun when it names someone ("Trump,
   * saying …"), else the name its "of" attaches ("footage of Trump saying …"); null otherwise.
   */
  static Token participleSpeaker(ArticleEntities entities, Sentence sentence, Token verb,
                                 Quote quote) {
    if (verb.head() < 0) {
      return null;
    }
    Token noun = sentence.tokens().get(verb.head());
    if (inside(quote.outer(), noun) || !noun.pos().startsWith("NN")) {
      return null;
    }
    // only a participle right after the name: "…, arguing" after a comma belongs to the main
    // clause, wherever the parser hung it
    if (names(entities, noun) && noun.index() == verb.index() - 1) {
      return noun;
    }
    // "…, with analysts saying that …": "with" makes the noun the participle's own subject
    if (noun.index() == verb.index() - 1 && "with".equals(sentence.preposition(noun.index()))) {
      return noun;
    }
    for (Token d : sentence.dependents(noun.index())) {
      if (d.deprel().startsWith("nmod") && "of".equals(sentence.preposition(d.index()))
          && d.index() == verb.index() - 1 && !inside(quote.outer(), d)
          && names(entities, d)) {
        return d;
      }
    }
    return null;
  }

  private static boolean names(ArticleEntities entities, Token t) {
    return t.pos().startsWith("NNP")
        && entities.actorAt(t.span()).isPresent();
  }

  /**
   * The subject of the nearest verb above {@code verb} that lies outside the statement and
   * outside every quotation ("“None of them work,” she added, declaring herself surprised …":
   * "added", not the quotation's own verb); null when there is none.
   */
  static Token governingSubject(AnnotatedArticle article, Sentence sentence, Token verb,
                                Quote quote) {
    Token current = verb;
    for (int hops = 0; hops < 40 && current.head() >= 0; hops++) {
      current = sentence.tokens().get(current.head());
      if (inside(quote.outer(), current) || insideQuote(article, current)
          || !current.pos().startsWith("VB")) {
        continue;
      }
      Token subject = subjectOf(sentence, current, quote);
      if (subject != null && !insideQuote(article, subject)) {
        return subject;
      }
    }
    return null;
  }

  static Token rootSubject(Sentence sentence, Quote quote) {
    for (Token root : sentence.tokens()) {
      if (root.head() < 0 && !inside(quote.outer(), root)) {
        return subjectOf(sentence, root, quote);
      }
    }
    return null;
  }

  static Optional<Token> appositionOf(Sentence sentence, Token head) {
    return sentence.tokens().stream()
        .filter(t -> t.head() == head.index() && t.deprel().equals("appos")).findFirst();
  }

  /** The word a mention ends with (its head, in English), or null outside the sentences. */
  static Token lastWordOf(AnnotatedArticle article, Span mention) {
    Sentence sentence = article.sentenceAt(mention.begin());
    int i = sentence == null ? -1 : sentence.tokenAt(mention.end() - 1);
    return i < 0 ? null : sentence.tokens().get(i);
  }

  /**
   * The head word of the description an unnamed speaker is given by ("the coach", "a company
   * spokesman"), or null when {@code s} has a speaker, no description or no mention: where
   * each description step starts.
   */
  static Token describedHead(AnnotatedArticle article, Statement s) {
    return s.speaker() != null || s.speakerMention() == null || s.speakerDescription() == null
        ? null : lastWordOf(article, s.speakerMention());
  }

  /** The words naming the speaker: the subject token with its compound and flat name parts. */
  static Span mentionAround(Sentence sentence, Token subject) {
    int begin = subject.begin();
    int end = subject.end();
    for (Token t : sentence.tokens()) {
      String rel = t.deprel();
      if (t.head() == subject.index() && (rel.startsWith("compound") || rel.startsWith("flat")
          || rel.equals("det") && t.index() < subject.index())) {
        begin = Math.min(begin, t.begin());
        end = Math.max(end, t.end());
      }
    }
    return new Span(begin, end, sentence.tokens().isEmpty() ? subject.word()
        : textOf(sentence, begin, end));
  }

  static String textOf(Sentence sentence, int begin, int end) {
    StringBuilder b = new StringBuilder();
    int last = -1;
    for (Token t : sentence.tokens()) {
      if (t.begin() >= begin && t.end() <= end) {
        if (last >= 0 && t.begin() > last) {
          b.append(' ');
        }
        b.append(t.word());
        last = t.end();
      }
    }
    return b.toString();
  }

  /** The sentence right before {@code here} in its paragraph, or null. */
  static Sentence beforeInParagraph(AnnotatedArticle article, Sentence here) {
    if (here == null || here.index() == 0) {
      return null;
    }
    Sentence before = article.sentences().get(here.index() - 1);
    return before.paragraph() == here.paragraph() ? before : null;
  }

  static boolean inside(Span span, Token t) {
    return t.begin() >= span.begin() && t.end() <= span.end();
  }

  static String baseRelation(String deprel) {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  /**
   * A noun's lemma in lower case with the word hyphened onto it: "think-tank", which the
   * tokenizer splits into "think", "-" and "tank".
   */
  static String hyphenedLemma(Sentence s, Token noun) {
    int i = noun.index();
    if (i >= 2 && s.tokens().get(i - 1).word().equals("-")
        && s.tokens().get(i - 1).end() == noun.begin()
        && s.tokens().get(i - 2).end() == s.tokens().get(i - 1).begin()) {
      return lower(s.tokens().get(i - 2).word() + "-" + noun.lemma());
    }
    return lower(noun.lemma());
  }

  /**
   * A description's own words in lower case after "the", from the first word under its head
   * to the head ("texas attorney general" for "the Texas Attorney General").
   */
  static String descriptionWords(AnnotatedArticle article, Sentence sentence, Token head) {
    int first = ReportedClauses.firstUnder(sentence, head);
    return article.text().substring(sentence.tokens().get(first).begin(), head.end())
        .toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ");
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
