package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;

/** The English pronouns the stages look for, in one place, and the gender a pronoun says. */
public final class Pronouns {
  public static final Set<String> MALE = ImmutableSet.of("he", "him", "his", "himself");
  public static final Set<String> FEMALE = ImmutableSet.of("she", "her", "hers", "herself");
  /** Every form of "he" and "she": the pronouns that refer to a person. */
  public static final Set<String> GENDERED = ImmutableSet.<String>builder().addAll(MALE)
      .addAll(FEMALE).build();
  /** "he", "she", "him", "her": the ones that stand for a person as subject or object. */
  public static final Set<String> PERSONAL = ImmutableSet.of("he", "she", "him", "her");
  public static final Set<String> PLURAL = ImmutableSet.of("they", "them", "their", "theirs",
      "themselves");
  /** The speaker and the one spoken to: "I", "we", "you" and their forms. */
  public static final Set<String> FIRST_SECOND_PERSON = ImmutableSet.of("i", "me", "my", "mine",
      "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours");
  /** All of the above and "it": words that are never a name, whatever NER says. */
  public static final Set<String> ALL = ImmutableSet.<String>builder()
      .addAll(FIRST_SECOND_PERSON).addAll(GENDERED).add("it", "its", "itself").addAll(PLURAL)
      .build();

  private Pronouns() {}

  /** MALE for "he", "him", "his", "himself", FEMALE for "she"…, else UNKNOWN; any case. */
  public static Actor.Gender genderOf(String word) {
    String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
    return MALE.contains(w) ? Actor.Gender.MALE
        : FEMALE.contains(w) ? Actor.Gender.FEMALE : Actor.Gender.UNKNOWN;
  }
}
