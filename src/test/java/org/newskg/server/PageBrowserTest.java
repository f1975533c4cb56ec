package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * The page in a real headless Chromium against the real server: search by speaker, see the
 * quote with its sentence, open the speaker's entity view. Skips where Chromium and its driver
 * are not installed (Debian: {@code apt-get install chromium chromium-driver}).
 */
@ExtendWith({CoreNlpFixture.class, SampleServer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserTest {
  private static final String QUOTE = "We cannot leave the Arctic to chance";
  private WebDriver browser;
  private String url;

  private static Optional<Path> firstExisting(String... candidates) {
    return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  void openBrowser(SampleServer.Running server) {
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

  @Test
  void searchBySpeakerThenOpenTheEntityView() {
    browser.get(url);
    // the page lists everything at first
    waitUpTo(30).until(d -> status().contains("statements"));
    WebElement speaker = browser.findElement(By.id("speaker"));
    speaker.clear();
    speaker.sendKeys("solberg");
    browser.findElement(By.id("go")).click();
    waitUpTo(30).until(d -> d.findElement(By.id("result-list")).getText().contains(QUOTE));
    List<WebElement> results = browser.findElements(By.cssSelector("#result-list li.statement"));
    assertFalse(results.isEmpty());
    for (WebElement r : results) {
      assertTrue(r.findElement(By.cssSelector(".meta a.entity")).getText().contains("Solberg"),
          r.getText());
    }
    WebElement first = results.stream().filter(r -> r.getText().contains(QUOTE)).findFirst()
        .orElseThrow();
    // the sentence around the quote, with the quote marked, and the article's headline
    assertTrue(first.findElement(By.cssSelector(".context mark")).getText().contains(QUOTE));
    assertTrue(first.getText().contains("Arctic Shipping"), first.getText());

    first.findElement(By.linkText("Ingrid Solberg")).click();
    waitUpTo(30).until(d -> d.findElement(By.id("entity")).isDisplayed()
        && status().contains("statements by"));
    assertEquals("Ingrid Solberg", browser.findElement(By.id("entity-name")).getText());
    assertTrue(browser.findElement(By.id("entity-statements")).getText().contains(QUOTE));
    assertFalse(browser.findElement(By.id("results")).isDisplayed());
    // the network picture has the entity as a node; the timeline a bar per day
    assertTrue(browser.findElement(By.cssSelector("#network svg")).getText()
        .contains("Ingrid Solberg"));
    assertFalse(browser.findElements(By.cssSelector("#timeline svg rect")).isEmpty());
  }

  private List<String> search(String speaker, String about, String words, String since,
                              String until) {
    browser.get(url);
    waitUpTo(30).until(d -> status().contains("statements"));
    String before = status();
    browser.findElement(By.id("speaker")).sendKeys(speaker);
    browser.findElement(By.id("about")).sendKeys(about);
    browser.findElement(By.id("words")).sendKeys(words);
    // date inputs take keys in the browser's locale order; set the ISO value directly
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("since")),
        since);
    js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("until")),
        until);
    js.executeScript("document.getElementById('status').textContent = ''");
    browser.findElement(By.id("go")).click();
    waitUpTo(30).until(d -> status().contains("statement") && !status().equals(before)
        || status().equals("No statements match."));
    return browser.findElements(By.cssSelector("#result-list li.statement .quote")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void searchByAboutWordsAndDates() {
    List<String> aboutItaly = search("", "italy", "", "", "");
    assertTrue(aboutItaly.stream().anyMatch(q -> q.contains("Italy will not abandon")),
        aboutItaly.toString());
    assertTrue(aboutItaly.stream().noneMatch(q -> q.contains(QUOTE)), aboutItaly.toString());
    List<String> words = search("", "", "LEAVE THE ARCTIC", "", "");
    assertEquals(1, words.size(), words.toString());
    assertTrue(words.get(0).contains(QUOTE));
    // the Arctic article is of 2025-04-10: outside the range, then inside it
    assertTrue(search("solberg", "", "", "2025-04-11", "2025-12-31").isEmpty());
    assertFalse(search("solberg", "", "", "2025-04-01", "2025-04-10").isEmpty());
  }

  @Test
  void theSearchComesInPagesOfItsLimit() {
    browser.get(url);
    waitUpTo(30).until(d -> status().contains("statements"));
    int shown = browser.findElements(By.cssSelector("#result-list li.statement")).size();
    assertTrue(shown > 2 && shown < 100, "the samples fit one page: " + shown);
    assertFalse(browser.findElement(By.id("more")).isDisplayed());
    // the next page of the same search, as the "Show more" button asks for it
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals("latest", js.executeScript("return search.name"), "nothing filtered yet");
    Object second = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "selectPage(search.name, search.terms, 2).then(p => done([p.rows.length, p.more]),"
        + " e => done(String(e)));");
    assertEquals(List.of((long) shown - 2, false), second);
  }

  @Test
  void searchFieldsAreDataNeverQueryText() {
    browser.get(url);
    waitUpTo(30).until(d -> status().contains("statements"));
    WebElement speaker = browser.findElement(By.id("speaker"));
    speaker.clear();
    speaker.sendKeys("\") } } ; DROP ALL ; # \\u0022 <script>alert(1)</script>");
    browser.findElement(By.id("go")).click();
    waitUpTo(30).until(d -> status().equals("No statements match."));
    assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"));
  }
}
