package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.EventsFixture;
import org.newskg.store.KnowledgeStore;

/** export --format gdelt on a real TDB2 store holding two hand-written articles. */
class GdeltExportTest {
  @Test
  void oneRowOfSixtyOneColumnsPerEventWithWhatTheGraphKnows() {
    StringWriter text = new StringWriter();
    int n;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      EventsFixture.load(store);
      n = new GdeltExport().write(store, new PrintWriter(text));
    }
    List<String> rows = text.toString().lines().toList();
    assertEquals(5, n);
    assertEquals(5, rows.size());
    String[] met = rows.stream().filter(r -> r.startsWith(EventsFixture.BASE
        + "event/ledger-lisbon-0\t")).findFirst().orElseThrow().split("\t", -1);
    assertEquals(61, met.length);
    assertEquals("20250507", col(met, "SQLDATE"));
    assertEquals("202505", col(met, "MonthYear"));
    assertEquals("PRTGOV", col(met, "Actor1Code"));
    assertEquals("Portugal", col(met, "Actor1Name"));
    assertEquals("PRT", col(met, "Actor1CountryCode"));
    assertEquals("ESP", col(met, "Actor2Code"));
    assertEquals("Spain", col(met, "Actor2Name"));
    assertEquals("040", col(met, "EventCode"));
    assertEquals("04", col(met, "EventRootCode"));
    assertEquals("1", col(met, "QuadClass"));
    // reported by both articles, once each
    assertEquals("2", col(met, "NumArticles"));
    assertEquals("2", col(met, "NumMentions"));
    assertEquals("Lisbon", col(met, "ActionGeo_FullName"));
    assertEquals("", col(met, "GoldsteinScale"));
  }

  private static String col(String[] row, String column) {
    return row[GdeltExport.COLUMNS.indexOf(column)];
  }
}
