package org.newskg.rdf;

import org.newskg.resolve.Actor;

/** Instance IRIs under a base: {@code person/<slug>}, {@code article/<id>}, … */
public record IriScheme(String base) {
  public IriScheme {
    if (!base.endsWith("/") && !base.endsWith("#")) {
      base = base + "/";
    }
  }

  public static IriScheme defaultScheme() {
    return new IriScheme(NKG.DEFAULT_BASE);
  }

  public String article(String articleSlug) {
    return base + "article/" + articleSlug;
  }

  public String statement(String articleSlug, int n) {
    return base + "statement/" + articleSlug + "-" + n;
  }

  public String event(String articleSlug, int n) {
    return base + "event/" + articleSlug + "-" + n;
  }

  /** The {@code k}-th coded participation of event {@code n} of an article. */
  public String participation(String articleSlug, int n, int k) {
    return base + "participation/" + articleSlug + "-" + n + "-" + k;
  }

  public String mention(String articleSlug, int begin, int end) {
    return base + "mention/" + articleSlug + "-" + begin + "-" + end;
  }

  /** A person's title: {@code role/<person>--<title>[--<of>]}. */
  public String role(org.newskg.resolve.Role role) {
    String of = role.of() == null ? "" : "--" + role.of().key().toLowerCase(java.util.Locale.ROOT);
    return base + "role/" + role.holder().key() + "--" + org.newskg.resolve.Names.slug(role.title())
        + of;
  }

  /** The IRI of a country, the same as its actor's: {@code country/<ISO2>}. */
  public String country(org.newskg.resolve.Country country) {
    return base + "country/" + country.iso2();
  }

  /**
   * The IRI of a place that is not a country as a whole: {@code place/<iso2>-<slug of label>},
   * iso2 in lower case, or "xx" when the place's country is unknown.
   */
  public String place(org.newskg.event.Place place) {
    String country = place.country() == null ? "xx"
        : place.country().iso2().toLowerCase(java.util.Locale.ROOT);
    String name = org.newskg.resolve.Names.slug(place.label());
    return base + "place/" + country + "-" + name;
  }

  public String actor(Actor actor) {
    return switch (actor.type()) {
      case PERSON -> base + "person/" + actor.key();
      case ORGANIZATION -> base + "org/" + actor.key();
      case COUNTRY -> base + "country/" + actor.key();
    };
  }
}
