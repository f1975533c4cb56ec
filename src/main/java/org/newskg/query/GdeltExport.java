package org.newskg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * The store's events as rows of the GDELT 2.0 event table (61 tab-separated columns, no header,
 * as GDELT writes them), with the columns newskg can fill: GLOBALEVENTID (the event's IRI),
 * SQLDATE, MonthYear, Year, FractionDate, Actor1/2 Code, Name and CountryCode, EventCode,
 * EventBaseCode, EventRootCode, QuadClass, NumMentions, NumSources, NumArticles,
 * ActionGeo_FullName and SOURCEURL; the others are empty.
 */
public final class GdeltExport {
  /** The GDELT 2.0 event table's columns, in order. */
  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear",
      "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
      "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
      "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
      "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
      "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  /** Writes one row per event of the store, in the order of their IRIs; returns how many. */
  public int write(KnowledgeStore store, PrintWriter out) {
    int[] n = {0};
    Txn.executeRead(store.datasetGraph(), () -> {
      Model m = ModelFactory.createModelForGraph(store.datasetGraph().getUnionGraph());
      List<Resource> events = m.listSubjectsWithProperty(RDF.type, NKG.Event).toList();
      events.sort(Comparator.comparing(Resource::getURI));
      for (Resource e : events) {
        out.println(String.join("\t", row(m, e)));
        n[0]++;
      }
    });
    out.flush();
    return n[0];
  }

  /** The 61 fields of one event. */
  static String[] row(Model m, Resource e) {
    String[] f = new String[COLUMNS.size()];
    Arrays.fill(f, "");
    set(f, "GLOBALEVENTID", e.getURI());
    List<Resource> articles = objects(e, NKG.inArticle);
    String day = literal(e, NKG.date);
    if (day == null) {
      // an undated event is dated by its first article's publication, as GDELT dates by the
      // day it read the story
      day = articles.stream().map(a -> literal(a, NKG.published)).filter(d -> d != null)
          .map(d -> d.substring(0, Math.min(10, d.length()))).sorted().findFirst().orElse(null);
    }
    if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      String ymd = day.substring(0, 4) + day.substring(5, 7) + day.substring(8, 10);
      set(f, "SQLDATE", ymd);
      set(f, "MonthYear", ymd.substring(0, 6));
      set(f, "Year", ymd.substring(0, 4));
      int dayOfYear = java.time.LocalDate.parse(day.substring(0, 10)).getDayOfYear();
      set(f, "FractionDate", String.format(java.util.Locale.ROOT, "%.4f",
          Integer.parseInt(ymd.substring(0, 4)) + dayOfYear / 365.0));
    }
    actor(f, "Actor1", e, first(objects(e, NKG.actor)));
    actor(f, "Actor2", e, first(objects(e, NKG.target)));
    Resource type = e.getPropertyResourceValue(NKG.eventType);
    String root = type == null ? null : literal(type, NKG.cameo);
    // a merged event some articles code more finely: the finest code
    String code = e.listProperties(NKG.cameoCode).toList().stream()
        .map(st -> st.getObject().asLiteral().getLexicalForm()).sorted()
        .reduce((a, b) -> b.length() > a.length() ? b : a).orElse(root == null ? null
            : root + "0");
    if (code != null) {
      set(f, "EventCode", code);
      set(f, "EventBaseCode", code.substring(0, Math.min(3, code.length())));
      set(f, "EventRootCode", code.substring(0, 2));
    }
    Resource quad = type == null ? null : type.getPropertyResourceValue(NKG.quadClass);
    String quadCode = quad == null ? null : literal(quad, NKG.quadCode);
    if (quadCode == null && root != null) {
      quadCode = String.valueOf(org.newskg.event.QuadClass.ofCameo(root).ordinal() + 1);
    }
    set(f, "QuadClass", quadCode);
    set(f, "NumMentions", String.valueOf(objects(e, NKG.span).size()));
    Set<String> sources = new HashSet<>();
    for (Resource a : articles) {
      String publisher = literal(a, NKG.publisher);
      sources.add(publisher == null ? a.getURI() : publisher);
    }
    set(f, "NumSources", String.valueOf(sources.size()));
    set(f, "NumArticles", String.valueOf(articles.size()));
    Resource place = e.getPropertyResourceValue(NKG.place);
    if (place != null) {
      set(f, "ActionGeo_FullName", label(place));
    }
    Resource article = first(articles);
    if (article != null) {
      String url = literal(article, NKG.url);
      set(f, "SOURCEURL", url != null ? url : article.getURI());
    }
    return f;
  }

  private static void actor(String[] f, String prefix, Resource event, Resource who) {
    if (who == null) {
      return;
    }
    set(f, prefix + "Name", label(who));
    String code = null;
    for (Resource p : objects(event, NKG.participation)) {
      if (who.equals(p.getPropertyResourceValue(NKG.participationOf))) {
        code = literal(p, NKG.actorCode);
      }
    }
    set(f, prefix + "Code", code);
    String country = literal(who, NKG.iso3);
    if (country == null) {
      Resource c = who.getPropertyResourceValue(NKG.country);
      country = c == null ? null : literal(c, NKG.iso3);
    }
    if (country == null && code != null && code.length() >= 3 && !code.startsWith("IGO")
        && !code.startsWith("NGO")) {
      country = code.substring(0, 3);
    }
    set(f, prefix + "CountryCode", country);
  }

  private static void set(String[] f, String column, String value) {
    if (value != null) {
      // a tab or line break inside a value would shift every later column
      f[COLUMNS.indexOf(column)] = value.replaceAll("[\\t\\r\\n]+", " ");
    }
  }

  private static List<Resource> objects(Resource s, org.apache.jena.rdf.model.Property p) {
    List<Resource> out = new ArrayList<>();
    for (Statement st : s.listProperties(p).toList()) {
      if (st.getObject().isResource()) {
        out.add(st.getObject().asResource());
      }
    }
    out.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : label(r)));
    return out;
  }

  private static Resource first(List<Resource> l) {
    return l.isEmpty() ? null : l.get(0);
  }

  private static String literal(Resource r, org.apache.jena.rdf.model.Property p) {
    Statement s = r.getProperty(p);
    return s == null || !s.getObject().isLiteral() ? null
        : s.getObject().asLiteral().getLexicalForm();
  }

  private static String label(Resource r) {
    String l = literal(r, RDFS.label);
    return l == null ? "" : l;
  }
}
