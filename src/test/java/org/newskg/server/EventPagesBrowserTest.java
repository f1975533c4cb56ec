package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's events in a real headless Chromium against the real server: two articles of our
 * own, posted live, report a trawler seized (one event, two articles), a fisheries pact signed
 * and an ambassador summoned. The events view lists them newest first and filters by type,
 * actor code, place and dates; the event view shows both articles with each mention marked and
 * the statement about it; its actor opens the entity view (actor codes with dates, what it did
 * and what was done to it, a timeline of statements and events) and the back button returns.
 * Skips where Chromium and its driver are not installed.
 */
@ExtendWith({CoreNlpFixture.class, SampleServer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPagesBrowserTest {
  static final String SEIZURE_SENTENCE = "coast guard seized a Danish trawler";
  static final String SAID = "They seized a family boat in open water";

  private WebDriver browser;
  private String url;

  private static Optional<Path> firstExisting(String... candidates) {
    return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Our own articles: the seizure reported by both, a day apart. */
  static List<String> articles() {
    String harbour = JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "page-events-harbour")
        .pair("title", "Denmark and Iceland Sign a Fisheries Pact in Reykjavik")
        .pair("publisher", "The Harbour Courier")
        .pair("published", "2025-07-16")
        .pair("text", "Denmark and Iceland signed a fisheries agreement in Reykjavik on Tuesday, "
            + "ending a long dispute over cod quotas.\n"
            + "\u201cThis agreement protects our fishermen for a decade,\u201d said Mette "
            + "Halvorsen, the Danish fisheries minister.\n"
            + "Iceland's coast guard seized a Danish trawler near the Faroe Islands on Monday.\n"
            + "Halvorsen condemned the seizure of the trawler.\n"
            + "\u201cWe expect the crew to be released today,\u201d she said.\n")));
    String norrland = JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "page-events-norrland")
        .pair("title", "Trawler Seizure Angers Copenhagen")
        .pair("publisher", "Norrland Post")
        .pair("published", "2025-07-17")
        .pair("text", "Iceland's coast guard seized a Danish trawler near the Faroe Islands on "
            + "Monday, officials in Copenhagen said.\n"
            + "\u201cThey seized a family boat in open water, and that is unlawful,\u201d said "
            + "Mette Halvorsen, the Danish fisheries minister.\n"
            + "Denmark summoned Iceland's ambassador in Copenhagen on Wednesday.\n")));
    return List.of(harbour, norrland);
  }

  /** Posts articles to the running server's live ingestion, one at a time. */
  static void post(SampleServer.Running server, List<String> bodies) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String body : bodies) {
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(
              URI.create(server.url() + "/newskg/articles"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + SampleServer.TOKEN)
          .timeout(Duration.ofSeconds(120))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, posted.statusCode(), posted.body());
    }
  }

  /** A headless Chromium, or the test is skipped. */
  static WebDriver chromium() {
    Optional<Path> chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");
    Optional<Path> driver = firstExisting("/usr/bin/chromedriver",
        "/usr/lib/chromium/chromedriver");
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "no Chromium and chromedriver installed; skipping the browser test");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,1600");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @BeforeAll
  void postTheArticlesAndOpenBrowser(SampleServer.Running server) throws Exception {
    post(server, articles());
    browser = chromium();
    url = server.url() + "/";
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private String status() {
    return browser.findElement(By.id("status")).getText();
  }

  private void clearStatus() {
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById('status').textContent = ''");
  }

  /** Waits for the events view to finish loading (its status says how many, or none). */
  private List<WebElement> eventsShown() {
    waitUpTo(30).until(d -> d.findElement(By.id("events")).isDisplayed()
        && (status().matches("(The newest )?\\d+ events?.*") || status().equals("No events match.")));
    return browser.findElements(By.cssSelector("#event-list li.event"));
  }

  private WebElement rowWith(List<WebElement> rows, String text) {
    return rows.stream().filter(r -> r.getText().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in "
            + rows.stream().map(WebElement::getText).toList()));
  }

  /** Fills the events form (date inputs by value, as their keys follow the locale) and runs it. */
  private List<WebElement> searchEvents(String type, String actor, String code, String place,
                                        String since, String until) {
    browser.get(url + "#events");
    eventsShown();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    for (String[] field : new String[][] {{"event-type", type}, {"event-actor", actor},
        {"event-code", code}, {"event-place", place}, {"event-since", since},
        {"event-until", until}}) {
      js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(field[0])),
          field[1]);
    }
    clearStatus();
    browser.findElement(By.id("event-go")).click();
    return eventsShown();
  }

  private List<String> dates(List<WebElement> rows) {
    return rows.stream().map(r -> r.findElement(By.cssSelector(".event-head .date")).getText())
        .toList();
  }

  @Test
  void theEventsViewListsTheLatestFirstWithWhoToWhomWhereAndTheTrigger() {
    browser.get(url + "#events");
    List<WebElement> rows = eventsShown();
    assertEquals("Latest events", browser.findElement(By.id("events-title")).getText());
    // newest first, the undated last
    List<String> dates = dates(rows);
    List<String> dated = dates.stream().filter(d -> !d.equals("undated")).toList();
    assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
    assertEquals(dated, dates.subList(0, dated.size()), "undated after the dated: " + dates);
    assertEquals("2025-07-16", dates.get(0), dates.toString());

    WebElement seizure = rowWith(rows, SEIZURE_SENTENCE);
    String text = seizure.getText();
    assertTrue(text.startsWith("2025-07-14 17 coerce"), text);
    assertTrue(text.contains("2 articles"), "one event, two articles: " + text);
    assertEquals("seized", seizure.findElement(By.cssSelector(".context mark")).getText());
    // actor, its code, target and place are links to their views
    assertEquals("#entity=Iceland", hashOf(seizure.findElement(By.linkText("Iceland"))));
    assertEquals("#entity=Denmark", hashOf(seizure.findElement(By.linkText("Denmark"))));
    assertEquals("#events?code=ISLMIL", hashOf(seizure.findElement(By.linkText("ISLMIL"))));
    assertEquals("#events?place=Faroe+Islands",
        hashOf(seizure.findElement(By.linkText("Faroe Islands"))));
    assertTrue(text.indexOf("Iceland") < text.indexOf("\u2192")
        && text.indexOf("\u2192") < text.indexOf("Denmark"), "actor \u2192 target: " + text);
  }

  private String currentHash() {
    String now = browser.getCurrentUrl();
    return now.contains("#") ? now.substring(now.indexOf('#')) : "";
  }

  private static String hashOf(WebElement link) {
    String href = link.getAttribute("href");
    return href.substring(href.indexOf('#'));
  }

  @Test
  void theEventsViewFiltersByTypeActorCodePlaceAndDates() {
    List<WebElement> coerce = searchEvents("17", "", "", "", "", "");
    assertFalse(coerce.isEmpty());
    coerce.forEach(r -> assertTrue(r.getText().contains("17 coerce"), r.getText()));
    rowWith(coerce, SEIZURE_SENTENCE);
    // the URL says what is shown
    assertEquals("#events?type=17", currentHash());

    List<WebElement> byName = searchEvents("consult", "", "", "", "", "");
    assertTrue(byName.stream().allMatch(r -> r.getText().contains("04 consult")));
    rowWith(byName, "summoned");

    List<WebElement> july = searchEvents("", "", "", "", "2025-07-15", "2025-07-16");
    assertEquals(List.of("2025-07-16", "2025-07-15"), dates(july));

    List<WebElement> byCode = searchEvents("", "", "islm", "", "", "");
    assertEquals(1, byCode.size(), byCode.stream().map(WebElement::getText).toList().toString());
    rowWith(byCode, SEIZURE_SENTENCE);

    List<WebElement> byPlace = searchEvents("", "", "", "reykjavik", "", "");
    assertEquals(1, byPlace.size());
    rowWith(byPlace, "signed a fisheries agreement");

    List<WebElement> byActorAndDate = searchEvents("", "iceland", "", "", "2025-07-16", "");
    assertEquals(1, byActorAndDate.size());
    rowWith(byActorAndDate, "summoned");

    assertTrue(searchEvents("18", "iceland", "", "", "", "").isEmpty());
    assertEquals("No events match.", status());
  }

  @Test
  void aSharedUrlOpensTheSameSearchWithItsFieldsFilled() {
    browser.get(url + "#events?type=coerce&actor=Iceland&since=2025-07-01&until=2025-07-31");
    List<WebElement> rows = eventsShown();
    assertEquals(1, rows.size(), rows.stream().map(WebElement::getText).toList().toString());
    rowWith(rows, SEIZURE_SENTENCE);
    assertEquals("coerce", browser.findElement(By.id("event-type")).getAttribute("value"));
    assertEquals("Iceland", browser.findElement(By.id("event-actor")).getAttribute("value"));
    assertEquals("2025-07-01", browser.findElement(By.id("event-since")).getAttribute("value"));
    // a place link of a row opens the events at that place
    rows.get(0).findElement(By.linkText("Faroe Islands")).click();
    rows = eventsShown();
    waitUpTo(30).until(d -> browser.findElement(By.id("event-place")).getAttribute("value")
        .equals("Faroe Islands"));
    rows = eventsShown();
    rowWith(rows, SEIZURE_SENTENCE);
  }

  @Test
  void anEventOpensWithEveryArticleItsStatementsAndLinksToItsActorAndBack() {
    browser.get(url + "#events?type=17");
    WebElement seizure = rowWith(eventsShown(), SEIZURE_SENTENCE);
    clearStatus();
    seizure.findElement(By.cssSelector("a.event-link")).click();
    waitUpTo(30).until(d -> d.findElement(By.id("event")).isDisplayed()
        && status().contains("statement"));
    assertTrue(browser.getCurrentUrl().contains("#event=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid"
        + "%2Fevent%2Fpage-events-harbour-"), browser.getCurrentUrl());
    String title = browser.findElement(By.id("event-title")).getText();
    assertEquals("17 coerce: Iceland \u2192 Denmark", title);
    String facts = browser.findElement(By.id("event-facts")).getText();
    assertTrue(facts.contains("2025-07-14") && facts.contains("CAMEO 171")
        && facts.contains("ISLMIL") && facts.contains("Faroe Islands"), facts);

    // both articles, each with its sentence and the trigger marked
    assertEquals("Reported by 2 articles",
        browser.findElement(By.id("event-reports-title")).getText());
    List<WebElement> reports = browser.findElements(By.cssSelector("#event-reports li.report"));
    assertEquals(2, reports.size());
    assertTrue(reports.get(0).getText().contains("The Harbour Courier"), reports.get(0).getText());
    assertTrue(reports.get(1).getText().contains("Norrland Post"), reports.get(1).getText());
    for (WebElement r : reports) {
      assertTrue(r.findElement(By.cssSelector(".context")).getText().contains(SEIZURE_SENTENCE),
          r.getText());
      assertEquals("seized", r.findElement(By.cssSelector(".context mark")).getText());
    }
    // who said what about it
    String said = browser.findElement(By.id("event-statements")).getText();
    assertTrue(said.contains(SAID) && said.contains("Mette Halvorsen"), said);

    // to its actor
    String eventUrl = browser.getCurrentUrl();
    clearStatus();
    browser.findElement(By.id("event-facts")).findElement(By.linkText("Iceland")).click();
    waitUpTo(30).until(d -> d.findElement(By.id("entity")).isDisplayed()
        && status().contains(" it did, "));
    assertEquals("Iceland", browser.findElement(By.id("entity-name")).getText());
    String codes = browser.findElement(By.id("entity-codes")).getText();
    assertTrue(codes.contains("ISLMIL 2025-07-14 (1 event)"), codes);
    assertTrue(codes.contains("ISLGOV 2025-07-16 (1 event)"), codes);
    String did = browser.findElement(By.id("entity-did")).getText();
    assertTrue(did.contains("17 coerce (1)") && did.contains("seized"), did);
    assertTrue(did.contains("05 engage in diplomatic cooperation (1)"), did);
    String doneTo = browser.findElement(By.id("entity-done-to")).getText();
    assertTrue(doneTo.contains("04 consult (1)") && doneTo.contains("summoned by Denmark"),
        doneTo);
    assertEquals(3, browser.findElements(By.cssSelector("#timeline svg rect.happened")).size());

    // and back
    browser.navigate().back();
    waitUpTo(30).until(d -> d.findElement(By.id("event")).isDisplayed()
        && d.findElement(By.id("event-title")).getText().equals(title));
    assertEquals(eventUrl, browser.getCurrentUrl());
    assertFalse(browser.findElement(By.id("entity")).isDisplayed());
  }

  @Test
  void theEntityTimelineShowsItsStatementsAndItsEventsTogether() {
    browser.get(url + "#entity=" + URLEncoder.encode("Mette Halvorsen", StandardCharsets.UTF_8)
        .replace("+", "%20"));
    waitUpTo(30).until(d -> status().contains(" it did, "));
    assertTrue(status().startsWith("3 statements by Mette Halvorsen"), status());
    assertEquals(2, browser.findElements(By.cssSelector("#timeline svg rect.said")).size());
    assertEquals(1, browser.findElements(By.cssSelector("#timeline svg rect.happened")).size());
    String did = browser.findElement(By.id("entity-did")).getText();
    assertTrue(did.contains("11 disapprove (1)") && did.contains("condemned"), did);
    assertTrue(browser.findElement(By.id("entity-codes")).getText().contains("DNKGOV"));
    // a group's "all" opens the events view of that type and actor
    browser.findElement(By.id("entity-did")).findElement(By.linkText("all")).click();
    List<WebElement> rows = eventsShown();
    assertEquals("#events?type=11&actor=Mette+Halvorsen", currentHash());
    rowWith(rows, "condemned the seizure");
  }

  @Test
  void theEventsComeInPagesOfTheirLimit() {
    browser.get(url + "#events");
    int shown = eventsShown().size();
    assertTrue(shown > 2 && shown < 50, "the samples fit one page: " + shown);
    assertFalse(browser.findElement(By.id("more-events")).isDisplayed());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals("latest-events", js.executeScript("return eventSearch.name"));
    // the next page of the same search, as "Show more" asks for it
    String nextPage = "const done = arguments[arguments.length - 1];"
        + "selectPage(eventSearch.name, eventSearch.terms, 2).then("
        + "p => done([p.rows.length, p.more]), e => done(String(e)));";
    assertEquals(List.of((long) shown - 2, false), js.executeAsyncScript(nextPage));
    // a filtered search pages the same way
    browser.get(url + "#events?since=2025-07-14");
    int july = eventsShown().size();
    assertEquals("event-search", js.executeScript("return eventSearch.name"));
    assertEquals(4, july);
    assertEquals(List.of(3L, false), js.executeAsyncScript(nextPage.replace(", 2)", ", 1)")));
  }
}
