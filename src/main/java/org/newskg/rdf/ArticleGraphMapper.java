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
import org.newskg.attribute.AttributedArticle;
import org.newskg.attribute.Statement;
import org.newskg.event.Event;
import org.newskg.event.Place;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Role;
import org.newskg.source.Article;
import org.newskg.source.ArticleIdentity;

/** Writes one attributed article as RDF with the news ontology's terms. */
public final class ArticleGraphMapper {
  private final IriScheme iris;
  private final EventTypes eventTypes;

  public ArticleGraphMapper(IriScheme iris) {
    this.iris = iris;
    this.eventTypes = EventTypes.load();
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
      st.addProperty(NKG.span, mention(m, slug, s.quote().inner(), a));
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
    }
    for (Role role : attributed.entities().roles()) {
      Resource r = m.createResource(iris.role(role), NKG.Role);
      r.addProperty(RDFS.label, role.title());
      if (role.of() != null) {
        r.addProperty(NKG.roleOf, actors.get(role.of()));
      }
      actors.get(role.holder()).addProperty(NKG.role, r);
    }
    for (Event e : attributed.events()) {
      event(m, slug, e, a, actors);
    }
    return new ArticleGraph(a.getURI(), hash, m.getGraph(), attributed.statements().size(),
        actors.size());
  }

  private void event(Model m, String slug, Event e, Resource article,
                     Map<Actor, Resource> actors) {
    Resource ev = m.createResource(iris.event(slug, e.index()), NKG.Event);
    ev.addProperty(NKG.eventType, eventTypes.describe(m, e.cameo()));
    ev.addProperty(NKG.trigger, e.trigger());
    ev.addProperty(NKG.sentence, e.sentences().get(0));
    ev.addProperty(NKG.inArticle, article);
    for (Span span : e.spans()) {
      ev.addProperty(NKG.span, mention(m, slug, span, article));
    }
    for (Actor actor : e.actors()) {
      ev.addProperty(NKG.actor, actors.get(actor));
      ev.addProperty(NKG.participant, actors.get(actor));
    }
    for (Actor target : e.targets()) {
      ev.addProperty(NKG.target, actors.get(target));
      ev.addProperty(NKG.participant, actors.get(target));
    }
    if (e.date() != null) {
      ev.addProperty(NKG.date, m.createTypedLiteral(e.date().toString(), XSDDatatype.XSDdate));
    }
    if (e.modality() != null) {
      ev.addProperty(NKG.modality, e.modality());
    }
    if (e.place() != null) {
      ev.addProperty(NKG.place, place(m, e.place(), article));
    }
    for (int statement : e.statements()) {
      m.getResource(iris.statement(slug, statement)).addProperty(NKG.about, ev);
    }
  }

  /** A country as a whole is its country node; a city or region a place in its country. */
  private Resource place(Model m, Place place, Resource article) {
    Resource country = null;
    if (place.country() != null) {
      country = m.createResource(iris.country(place.country()), NKG.Country);
      if (!country.hasProperty(RDFS.label)) {
        // named only through the place ("in Kryvyi Rih"): the article still speaks of it
        country.addProperty(RDFS.label, place.country().name());
        country.addProperty(NKG.iso2, place.country().iso2());
        country.addProperty(NKG.iso3, place.country().iso3());
        country.addProperty(NKG.mentionedIn, article);
      }
      if (place.isCountry()) {
        return country;
      }
    }
    Resource p = m.createResource(iris.place(place.country(), place.label()), NKG.Place);
    if (!p.hasProperty(RDFS.label)) {
      p.addProperty(RDFS.label, place.label());
    }
    if (country != null && !p.hasProperty(NKG.country)) {
      p.addProperty(NKG.country, country);
    }
    return p;
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
