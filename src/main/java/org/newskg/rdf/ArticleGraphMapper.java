package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.event.AttributedArticle;
import org.newskg.attribute.Statement;
import org.newskg.event.Event;
import org.newskg.event.Place;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Country;
import org.newskg.resolve.Role;
import org.newskg.source.Article;
import org.newskg.source.ArticleIdentity;

/** Writes one attributed article as RDF with the news ontology's terms. */
public final class ArticleGraphMapper {
  private final IriScheme iris;
  private final EventTypes eventTypes;

  public ArticleGraphMapper(IriScheme iris) {
    this(iris, EventTypes.load());
  }

  public ArticleGraphMapper(IriScheme iris, EventTypes eventTypes) {
    this.iris = iris;
    this.eventTypes = eventTypes;
  }

  public ArticleGraph map(AttributedArticle attributed) {
    Article article = attributed.annotated().article();
    String slug = ArticleIdentity.slug(ArticleIdentity.idFor(article));
    String hash = ArticleIdentity.contentHash(article.text());
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(iris.article(slug), NKG.Article);
    a.addProperty(NKG.body, article.text());
    a.addProperty(NKG.contentHash, hash);
    a.addLiteral(NKG.tokenCount, m.createTypedLiteral(
        String.valueOf(attributed.annotated().tokenCount()), XSDDatatype.XSDinteger));
    if (article.headline() != null) {
      a.addProperty(NKG.headline, article.headline());
    }
    if (article.publisher() != null) {
      a.addProperty(NKG.publisher, article.publisher());
    }
    if (article.url() != null) {
      a.addProperty(NKG.url, m.createTypedLiteral(article.url(), XSDDatatype.XSDanyURI));
    }
    if (article.published() != null) {
      a.addProperty(NKG.published, article.published().length() == 10
          ? m.createTypedLiteral(article.published(), XSDDatatype.XSDdate)
          : m.createTypedLiteral(article.published(), XSDDatatype.XSDdateTime));
    }

    Map<Actor, Resource> actors = new IdentityHashMap<>();
    for (Actor actor : attributed.entities().actors()) {
      actors.put(actor, actor(m, actor, a));
    }
    for (Statement s : attributed.statements()) {
      Resource st = m.createResource(iris.statement(slug, s.index()), NKG.Statement);
      st.addProperty(NKG.text, s.quote().inner().text());
      st.addProperty(NKG.inArticle, a);
      st.addProperty(NKG.quoteKind, s.kind());
      // the span anchors the article's characters; the text of a quotation in pieces is
      // their words without the reporting clause between them
      Span words = s.quote().inner();
      st.addProperty(NKG.span, mention(m, slug, new Span(words.begin(), words.end(),
          attributed.annotated().text().substring(words.begin(), words.end())), a));
      if (s.date() != null) {
        st.addProperty(NKG.date, m.createTypedLiteral(s.date().toString(), XSDDatatype.XSDdate));
      }
      if (s.speaker() != null || s.speakerDescription() != null) {
        if (s.speaker() != null) {
          st.addProperty(NKG.speaker, actors.get(s.speaker()));
        } else {
          st.addProperty(NKG.speakerDescription, s.speakerDescription());
        }
        st.addLiteral(NKG.confidence, m.createTypedLiteral(
            BigDecimal.valueOf(s.confidence()).setScale(2, RoundingMode.HALF_UP)));
        if (s.speakerMention() != null) {
          st.addProperty(NKG.speakerMention, mention(m, slug, s.speakerMention(), a));
        }
        if (s.cue() != null) {
          st.addProperty(NKG.cue, s.cue());
        }
        st.addProperty(NKG.attributionRule, s.rule().label());
      }
      for (Actor about : s.about()) {
        st.addProperty(NKG.about, actors.get(about));
      }
      if (s.partOf() != null) {
        st.addProperty(NKG.partOf, m.createResource(iris.statement(slug, s.partOf())));
      }
    }
    for (Role role : attributed.entities().roles()) {
      Resource r = m.createResource(iris.role(role), NKG.Role);
      if (!r.hasProperty(RDFS.label)) {
        r.addProperty(RDFS.label, role.title());
        if (role.of() != null) {
          r.addProperty(NKG.roleOf, actors.get(role.of()));
        }
      }
      actors.get(role.holder()).addProperty(NKG.role, r);
    }
    for (Event e : attributed.events()) {
      event(m, slug, a, e, actors, attributed.annotated());
    }
    return new ArticleGraph(a.getURI(), hash, m.getGraph(), attributed.statements().size(),
        actors.size());
  }

  private void event(Model m, String slug, Resource article, Event e, Map<Actor, Resource> actors,
                     AnnotatedArticle annotated) {
    if ((e.actors().isEmpty() && e.targets().isEmpty()) || e.spans().isEmpty()) {
      return; // an event with no known participant or no words in the text is not emitted
    }
    Resource ev = m.createResource(iris.event(slug, e.index()), NKG.Event);
    ev.addProperty(NKG.eventType, eventTypes.describe(m, e.cameo()));
    ev.addProperty(NKG.cameoCode, e.code());
    ev.addProperty(NKG.trigger, e.trigger());
    for (Span span : e.spans()) {
      ev.addProperty(NKG.span, mention(m, slug, span, article));
    }
    // the first mention's sentence only: an article graph holds one sentence per event
    ev.addProperty(NKG.sentence, e.sentences().isEmpty()
        ? sentenceText(annotated, e.spans().get(0)) : e.sentences().get(0));
    for (Actor actor : e.actors()) {
      Resource r = actors.computeIfAbsent(actor, x -> actor(m, x, article));
      ev.addProperty(NKG.actor, r);
      ev.addProperty(NKG.participant, r);
    }
    for (Actor target : e.targets()) {
      Resource r = actors.computeIfAbsent(target, x -> actor(m, x, article));
      ev.addProperty(NKG.target, r);
      ev.addProperty(NKG.participant, r);
    }
    // each participant's CAMEO actor code on a node of its own: two actors keep two codes
    int k = 0;
    for (Map.Entry<Actor, String> code : e.actorCodes().entrySet()) {
      Resource p = m.createResource(iris.participation(slug, e.index(), k++), NKG.Participation);
      p.addProperty(NKG.participationOf, actors.get(code.getKey()));
      p.addProperty(NKG.actorCode, code.getValue());
      ev.addProperty(NKG.participation, p);
    }
    if (e.date() != null) {
      ev.addProperty(NKG.date, m.createTypedLiteral(e.date().toString(), XSDDatatype.XSDdate));
    }
    if (e.place() != null) {
      ev.addProperty(NKG.place, place(m, e.place(), article));
    }
    if (e.modality() != null) {
      ev.addProperty(NKG.modality, e.modality());
    }
    ev.addProperty(NKG.inArticle, article);
    for (int i : e.statements()) {
      Resource st = m.getResource(iris.statement(slug, i));
      if (m.contains(st, RDF.type, NKG.Statement)) {
        st.addProperty(NKG.about, ev);
      }
    }
  }

  private static String sentenceText(AnnotatedArticle annotated, Span span) {
    Sentence s = annotated.sentenceAt(span.begin());
    return s == null ? span.text() : annotated.text().substring(s.begin(), s.end());
  }

  /** A country as a whole is its country node; any other place gets a node of its own. */
  private Resource place(Model m, Place place, Resource article) {
    Resource country = place.country() == null ? null : country(m, place.country(), article);
    if (place.isCountry()) {
      return country;
    }
    Resource r = m.createResource(iris.place(place), NKG.Place);
    r.addProperty(RDFS.label, place.label());
    if (country != null) {
      r.addProperty(NKG.country, country);
    }
    return r;
  }

  /** The country's node, described as an actor would be unless the graph already has it. */
  private Resource country(Model m, Country country, Resource article) {
    Resource r = m.createResource(iris.country(country));
    if (!m.contains(r, RDF.type, NKG.Country)) {
      r.addProperty(RDF.type, NKG.Country);
      r.addProperty(RDFS.label, country.name());
      r.addProperty(NKG.mentionedIn, article);
      r.addProperty(NKG.iso2, country.iso2());
      r.addProperty(NKG.iso3, country.iso3());
    }
    return r;
  }

  private Resource actor(Model m, Actor actor, Resource article) {
    Resource type = switch (actor.type()) {
      case PERSON -> NKG.Person;
      case ORGANIZATION -> NKG.Organization;
      case COUNTRY -> NKG.Country;
    };
    Resource r = m.createResource(iris.actor(actor), type);
    r.addProperty(RDFS.label, actor.label());
    actor.altLabels().forEach(alt -> r.addProperty(NKG.skosAltLabel, alt));
    r.addProperty(NKG.mentionedIn, article);
    if (actor.type() == ActorType.PERSON && actor.country() != null) {
      // the country resource is in this graph: the resolver only ties a person to a country
      // mentioned in the same article
      r.addProperty(NKG.country, m.createResource(iris.country(actor.country())));
    }
    if (actor.type() == ActorType.COUNTRY) {
      r.addProperty(NKG.iso2, actor.country().iso2());
      if (actor.country().iso3() != null) {
        r.addProperty(NKG.iso3, actor.country().iso3());
      }
    }
    return r;
  }

  private Resource mention(Model m, String slug, Span span, Resource article) {
    Resource r = m.createResource(iris.mention(slug, span.begin(), span.end()), NKG.Mention);
    r.addProperty(RDF.type, NKG.nifString);
    r.addLiteral(NKG.begin, m.createTypedLiteral(String.valueOf(span.begin()),
        XSDDatatype.XSDinteger));
    r.addLiteral(NKG.end, m.createTypedLiteral(String.valueOf(span.end()),
        XSDDatatype.XSDinteger));
    r.addProperty(NKG.anchor, span.text());
    r.addProperty(NKG.inArticle, article);
    r.addLiteral(NKG.nifBeginIndex, m.createTypedLiteral(String.valueOf(span.begin()),
        XSDDatatype.XSDnonNegativeInteger));
    r.addLiteral(NKG.nifEndIndex, m.createTypedLiteral(String.valueOf(span.end()),
        XSDDatatype.XSDnonNegativeInteger));
    r.addProperty(NKG.nifAnchorOf, span.text());
    return r;
  }
}
