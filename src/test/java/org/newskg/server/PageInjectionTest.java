package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Hostile article text through the whole path: an article whose headline and quotes hold
 * markup, script, {@code "}} and SPARQL is posted live to the real server, then searched for and
 * opened in a real headless Chromium. The page must show every payload as text and run none of
 * it: the flags the payloads would set stay undefined and no element the payloads spell (img,
 * script, iframe) appears. The page's Content Security Policy would also block inline script, so
 * the DOM check is what proves the page never parses article text as HTML. Skips without Chromium.
 */
@ExtendWith({CoreNlpFixture.class, SampleServer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageInjectionTest {
  static final String SCRIPT = "<script>window.__pwnedScript=1</script>";
  static final String IMG = "<img src=x onerror=window.__pwnedImg=1>";
  static final String FRAME = "<iframe src=javascript:parent.__pwnedImg=2></iframe>";
  // single quote marks: a straight double quote inside a curly-quoted quote makes CoreNLP pair
  // it with another and lose the quote; the headline carries the "} instead
  static final String SPARQL = "'} } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> 'z' } #";
  static final String HEADLINE = "Treasurer " + IMG + " Rejects \"} Budget";

  static final String EVENT_HEADLINE = "Ministers " + IMG + " Meet \"} Again";

  private WebDriver browser;
  private String url;
  private String sparql;

  /** A hostile article with events: payloads in their sentences, the headline and a quote. */
  static String eventArticle() {
    return "Norway and Sweden met in Oslo on Monday to discuss the " + IMG + " border.\n"
        + "Sweden's navy seized a Norwegian ship named " + SCRIPT + " on Tuesday.\n"
        + "\u201cThey seized the " + SPARQL + " ship without a reason,\u201d said Lars Brekke, "
        + "a harbour official.\n";
  }

  private static Optional<Path> firstExisting(String... candidates) {
    return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** The hostile article, as posted. */
  static String article() {
    return "The city council met on Monday to settle next year's budget.\n"
        + "\u201cThe budget " + SCRIPT + " is final and will not change,\u201d said Karin Holmquist, "
        + "the city's treasurer.\n"
        + "\u201cNobody should paste " + IMG + " into a council form,\u201d Holmquist said.\n"
        + "\u201cClose every brace " + SPARQL + " before you file,\u201d Holmquist added.\n"
        + "\u201cAn " + FRAME + " is not a budget line,\u201d said Holmquist.\n";
  }

  @BeforeAll
  void postTheArticleAndOpenBrowser(SampleServer.Running server) throws Exception {
    String body = JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "hostile-budget-1")
        .pair("title", HEADLINE)
        .pair("publisher", "The Test <b>Courier</b>")
        .pair("published", "2025-06-02")
        .pair("text", article())));
    HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(server.url() + "/newskg/articles"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, posted.statusCode(), posted.body());
    EventPagesBrowserTest.post(server, List.of(JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "hostile-events-1")
        .pair("title", EVENT_HEADLINE)
        .pair("publisher", "The Test <b>Courier</b>")
        .pair("published", "2025-06-04")
        .pair("text", eventArticle())))));
    sparql = server.url() + "/newskg/sparql";

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
    browser = new ChromeDriver(service, options);
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

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Nothing the payloads carry ran or became an element. */
  private void assertNothingRan() {
    assertNull(js("return window.__pwnedScript"), "an injected <script> ran");
    assertNull(js("return window.__pwnedImg"), "an injected onerror handler ran");
    assertEquals(0L, js("return document.querySelectorAll('main img, main script, main iframe, "
        + "main b').length"), "article text was parsed as HTML");
    assertEquals(1L, js("return document.scripts.length"), "only app.js is a script");
  }

  private List<WebElement> searchSpeaker(String speaker) {
    browser.get(url);
    waitUpTo(30).until(d -> status().contains("statements"));
    String before = status();
    browser.findElement(By.id("speaker")).sendKeys(speaker);
    js("document.getElementById('status').textContent = ''");
    browser.findElement(By.id("go")).click();
    waitUpTo(30).until(d -> status().contains("statement") && !status().equals(before)
        || status().equals("No statements match."));
    return browser.findElements(By.cssSelector("#result-list li.statement"));
  }

  @Test
  void quotesAndHeadlineWithMarkupAreShownAsTextAndRunNothing() {
    List<WebElement> results = searchSpeaker("holmquist");
    String shown = results.stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    // (CoreNLP pairs the straight quote marks inside the SPARQL quote with others, so the last
    // quotes merge or split differently; what matters here is how the page shows them)
    assertTrue(results.size() >= 2, shown);
    // the payloads appear literally, as a reader would see them in the article
    assertTrue(shown.contains(SCRIPT), shown);
    assertTrue(shown.contains(IMG), shown);
    assertTrue(shown.contains(SPARQL), shown);
    assertTrue(shown.contains(HEADLINE), shown);
    assertNothingRan();

    // the entity view renders the same statements, plus SVG network and timeline
    results.get(0).findElement(By.linkText("Karin Holmquist")).click();
    waitUpTo(30).until(d -> status().contains("statements by"));
    String own = browser.findElement(By.id("entity-statements")).getText();
    assertTrue(own.contains(SCRIPT) && own.contains(IMG), own);
    assertNothingRan();
  }

  @Test
  void searchFieldsWithInjectionReturnNormallyAndMatchLiterally() {
    browser.get(url);
    waitUpTo(30).until(d -> status().contains("statements"));
    // the words field finds the quote that holds the script text, as plain characters
    browser.findElement(By.id("words")).sendKeys(SCRIPT);
    js("document.getElementById('status').textContent = ''");
    browser.findElement(By.id("go")).click();
    waitUpTo(30).until(d -> status().contains("statement"));
    List<String> quotes = browser.findElements(By.cssSelector("#result-list li.statement .quote"))
        .stream().map(WebElement::getText).toList();
    assertEquals(1, quotes.size(), quotes.toString());
    assertTrue(quotes.get(0).contains(SCRIPT), quotes.toString());
    assertNothingRan();

    // fragments that would widen or break the query if spliced: no rows, no error
    for (String attack : List.of("\"} } ; DROP ALL ; #", "x\" || true || \"",
        "\\\") } UNION { ?s ?p ?o } #", "') OR 1=1 --", "<svg onload=window.__pwnedImg=3>")) {
      for (String field : List.of("speaker", "about", "words")) {
        browser.get(url);
        waitUpTo(30).until(d -> status().contains("statements"));
        browser.findElement(By.id(field)).sendKeys(attack);
        js("document.getElementById('status').textContent = ''");
        browser.findElement(By.id("go")).click();
        waitUpTo(30).until(d -> !status().isEmpty() && !status().startsWith("Searching"));
        assertEquals("No statements match.", status(), field + " = " + attack);
        assertFalse(browser.findElement(By.id("status")).getAttribute("class")
            .contains("error"), field + " = " + attack);
        assertNothingRan();
      }
    }
  }

  private void waitForEvents() {
    waitUpTo(30).until(d -> d.findElement(By.id("events")).isDisplayed()
        && (status().matches("(The newest )?\\d+ events?.*") || status().equals("No events match.")
            || d.findElement(By.id("status")).getAttribute("class").contains("error")));
  }

  @Test
  void eventSentencesHeadlinesAndQuotesWithMarkupAreShownAsTextInEveryView() {
    browser.get(url + "#events?since=2025-06-01&until=2025-06-30");
    waitForEvents();
    String rows = browser.findElement(By.id("event-list")).getText();
    // CoreNLP ends the sentence at the period inside the payload; the list shows what it kept
    assertTrue(rows.contains("discuss the <img src=x onerror=window."), rows);
    assertTrue(rows.contains("named <script>window."), rows);
    assertTrue(rows.contains(EVENT_HEADLINE), rows);
    assertNothingRan();

    // the event view: each article's text around the mention, whole payload included
    WebElement seizure = browser.findElements(By.cssSelector("#event-list li.event")).stream()
        .filter(r -> r.getText().contains("seized")).findFirst().orElseThrow();
    js("document.getElementById('status').textContent = ''");
    seizure.findElement(By.cssSelector("a.event-link")).click();
    waitUpTo(30).until(d -> status().contains("statement"));
    String reports = browser.findElement(By.id("event-reports")).getText();
    assertTrue(reports.contains(SCRIPT) && reports.contains(EVENT_HEADLINE), reports);
    String said = browser.findElement(By.id("event-statements")).getText();
    assertTrue(said.contains(SPARQL), said);
    assertNothingRan();

    // its actor's view: what it did, with the trigger
    js("document.getElementById('status').textContent = ''");
    browser.findElement(By.id("event-facts")).findElement(By.linkText("Sweden")).click();
    waitUpTo(30).until(d -> status().contains(" it did, "));
    assertTrue(browser.findElement(By.id("entity-did")).getText().contains("seized"));
    assertNothingRan();
  }

  @Test
  void eventInputsWithInjectionFindNothingAndChangeNothing() throws Exception {
    List<String> attacks = List.of("\"} } ; DROP ALL ; #", "x\" || true || \"",
        "\\\") } UNION { ?s ?p ?o } #", "') OR 1=1 --", "<svg onload=window.__pwnedImg=3>", SPARQL);
    for (String attack : attacks) {
      for (String field : List.of("event-type", "event-actor", "event-code", "event-place")) {
        browser.get(url + "#events");
        waitForEvents();
        browser.findElement(By.id(field)).sendKeys(attack);
        js("document.getElementById('status').textContent = ''");
        browser.findElement(By.id("event-go")).click();
        waitForEvents();
        assertEquals("No events match.", status(), field + " = " + attack);
        assertFalse(browser.findElement(By.id("status")).getAttribute("class")
            .contains("error"), field + " = " + attack);
        assertNothingRan();
      }
      // the same through the URL, which anyone can send
      String encoded = java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8);
      for (String key : List.of("type", "actor", "code", "place")) {
        browser.get(url + "#events?" + key + "=" + encoded);
        waitForEvents();
        assertEquals("No events match.", status(), key + " = " + attack);
        assertNothingRan();
      }
      // an entity of that name has no statements, codes nor events
      browser.get(url + "#entity=" + encoded);
      waitUpTo(30).until(d -> status().contains(" it did, ")
          || d.findElement(By.id("status")).getAttribute("class").contains("error"));
      assertTrue(status().startsWith("0 statements by ") && status().endsWith(
          "0 events it did, 0 done to it."), attack + ": " + status());
      assertNothingRan();
      // an event "IRI" that would end the term is refused before any query
      browser.get(url + "#event=" + java.net.URLEncoder.encode("https://w3id.org/newskg/id/"
          + "event/x> } ; " + attack, java.nio.charset.StandardCharsets.UTF_8));
      waitUpTo(30).until(d -> d.findElement(By.id("status")).getAttribute("class")
          .contains("error"));
      assertTrue(status().startsWith("not an event IRI"), status());
      assertNothingRan();
    }
    // dates that are none, and an event the store does not have
    browser.get(url + "#events?since=2025-01-01%22%7D%20%3B%20DROP%20ALL");
    waitUpTo(30).until(d -> d.findElement(By.id("status")).getAttribute("class")
        .contains("error"));
    assertTrue(status().startsWith("not a date"), status());
    browser.get(url + "#event=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Fevent%2Fno-such-0");
    waitUpTo(30).until(d -> status().startsWith("The store has no event"));
    assertNothingRan();
    // and nothing was written
    HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(sparql + "?query=" + java.net.URLEncoder.encode(
                "ASK { { <urn:x> ?p ?o } UNION { GRAPH ?g { <urn:x> ?p ?o } } }",
                java.nio.charset.StandardCharsets.UTF_8)))
        .header("Accept", "application/sparql-results+json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ask.statusCode());
    assertTrue(ask.body().replace(" ", "").contains("\"boolean\":false"), ask.body());
  }
}
