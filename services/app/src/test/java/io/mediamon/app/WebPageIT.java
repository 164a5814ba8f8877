package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.watches.Watchlist;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Watch;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.TakesScreenshot;

/**
 * The desk's live view in a real browser (Debian's headless Chromium through chromedriver) against what users run:
 * {@code mediamon run --services ingest,extractor,correlator,alerter,web} on the launcher's class path, on the test
 * broker. The page loads and goes live; an article pushed over HTTP appears as an alert without a reload; its
 * story page (opened with the keyboard) shows its articles and claims; a watch added, edited and removed in the page
 * is so on the watchlists topic; a hostile title
 * is shown as text and runs nothing. Screenshots of the views go to {@code target/web-screenshots/} (docs/ has
 * copies).
 */
class WebPageIT {
  static final String CHROMIUM = System.getProperty("mediamon.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("mediamon.chromedriver", "/usr/bin/chromedriver");
  private static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
      + " Iran Launches Own Talks with Taliban";
  private static final String TOKEN = "web-page-token";

  @TempDir
  Path dir;

  @Test
  void theLiveViewShowsAPushedArticleAsAnAlertItsStoryAndWritesWatches() throws Exception {
    assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
        "the browser tests need Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
            + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    settings.put(Setting.TOPIC_INGEST_SEEN.key(), settings.get(Setting.TOPIC_RAW.key()) + "-seen");
    MediamonConfig config = MediamonConfig.defaults().with(settings);
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    int[] ports = TestPorts.free(2);
    int pushPort = ports[0];
    int webPort = ports[1];
    settings.put(Setting.INGEST_HTTP_PORT.key(), String.valueOf(pushPort));
    settings.put(Setting.INGEST_HTTP_TOKEN.key(), "push-token");
    settings.put(Setting.WEB_PORT.key(), String.valueOf(webPort));
    settings.put(Setting.WEB_TOKEN.key(), TOKEN);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx2g", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main", "run", "--services",
        "ingest,extractor,correlator,alerter,web"));
    settings.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
    Path log = dir.resolve("run.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String base = "http://127.0.0.1:" + webPort;
    HttpClient http = HttpClient.newHttpClient();
    WebDriver browser = null;
    Path shots = Path.of("target", "web-screenshots");
    Files.createDirectories(shots);
    try {
      await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
        assertTrue(process.isAlive(), "run ended: " + Files.readString(log));
        return Files.readString(log).contains("Running [") && status(http, base + "/api/stories") == 200;
      });
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);

      browser = chromium();
      browser.get(base + "/");
      WebDriver b = browser;
      await().atMost(Duration.ofSeconds(30)).until(() -> text(b, By.id("live-status")).equals("live"));

      Instant pushedAt = Instant.now();
      String article = new ObjectMapper().createObjectNode().put("url", "https://news.example.org/iran-taliban")
          .put("title", HOSTILE).put("source", "Hostile Times").put("publishedAt", pushedAt.toString())
          .put("body", Files.readString(Paths.sampleCorpus().resolve("iran-taliban-talks.txt"))
              .lines().skip(1).reduce("", (x, y) -> x + y + "\n")).toString();
      HttpResponse<String> pushed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pushPort
          + "/articles")).header("Authorization", "Bearer push-token").POST(HttpRequest.BodyPublishers.ofString(
          article)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(202, pushed.statusCode(), pushed.body());

      // the alert arrives in the open page, without a reload
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
          .until(() -> !b.findElements(By.cssSelector("#alerts li.alert")).isEmpty());
      Duration seen = Duration.between(pushedAt, Instant.now());
      System.err.println("WebPageIT: the pushed article's alert was in the page " + seen.toMillis() + " ms after "
          + "the push");
      WebElement alert = b.findElement(By.cssSelector("#alerts li.alert"));
      assertTrue(alert.getText().contains("<script>window.__pwned=1</script>"), alert.getText());
      assertTrue(alert.getText().contains("1 outlet"), alert.getText());
      assertTrue(alert.findElements(By.tagName("script")).isEmpty() && alert.findElements(By.tagName("img")).isEmpty(),
          "no element made from the title");
      assertNull(((JavascriptExecutor) b).executeScript("return window.__pwned;"), "the hostile title ran");
      screenshot(b, shots.resolve("web-alerts.png"));

      // its story, opened with the keyboard: articles (title as text, outlet, link) and claims grouped by speaker
      WebElement storyLink = alert.findElement(By.cssSelector("h3 a"));
      ((JavascriptExecutor) b).executeScript("arguments[0].focus();", storyLink);
      b.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
      await().atMost(Duration.ofSeconds(30)).until(() -> !b.findElements(By.cssSelector("#story-articles li.article"))
          .isEmpty() && !b.findElements(By.cssSelector("#story-claims .speaker")).isEmpty());
      WebElement first = b.findElement(By.cssSelector("#story-articles li.article"));
      assertTrue(first.getText().contains("Hostile Times") && first.getText().contains("<img src=x"), first.getText());
      assertEquals("https://news.example.org/iran-taliban", first.findElement(By.tagName("a")).getAttribute("href"));
      String claims = text(b, By.id("story-claims"));
      assertTrue(claims.contains("Zabihullah Mujahid"), claims);
      assertTrue(!b.findElements(By.cssSelector("#story-chart svg rect.bar")).isEmpty(), "the coverage chart");
      assertNull(((JavascriptExecutor) b).executeScript("return window.__pwned;"), "the hostile title ran");
      screenshot(b, shots.resolve("web-story.png"));

      // the story list with a filter
      b.get(base + "/#/stories?q=taliban");
      await().atMost(Duration.ofSeconds(30)).until(() -> !b.findElements(By.cssSelector("#stories li.story")).isEmpty());
      screenshot(b, shots.resolve("web-stories.png"));

      // a watch added in the page is on the watchlists topic
      b.get(base + "/#/watches");
      await().atMost(Duration.ofSeconds(10)).until(() -> b.findElement(By.id("watch-form")).isDisplayed());
      WebElement form = b.findElement(By.id("watch-form"));
      form.findElement(By.name("id")).sendKeys("afghanistan-desk");
      form.findElement(By.name("name")).sendKeys("Afghanistan <b>desk</b>");
      form.findElement(By.name("entities")).sendKeys("Taliban\nZalmay Khalilzad | Khalilzad");
      form.findElement(By.name("keywords")).sendKeys("peace talks, ceasefire");
      form.findElement(By.name("token")).sendKeys(TOKEN);
      new org.openqa.selenium.support.ui.Select(form.findElement(By.name("severity"))).selectByVisibleText("high");
      form.findElement(By.id("watch-save")).click();
      await().atMost(Duration.ofSeconds(30)).until(() -> !b.findElements(
          By.cssSelector("#watches tr[data-watch-id='afghanistan-desk']")).isEmpty());
      assertTrue(text(b, By.id("watches")).contains("Afghanistan <b>desk</b>"), text(b, By.id("watches")));
      Watch written = new Watchlist(config, topics.watchlists()).current().get("afghanistan-desk");
      assertEquals("Afghanistan <b>desk</b>", written.getName());
      assertEquals(List.of("peace talks", "ceasefire"), written.getKeywords());
      assertEquals(List.of("Khalilzad"), written.getEntities().get(1).getVariants());
      assertEquals("HIGH", written.getSeverity().name());
      screenshot(b, shots.resolve("web-watches.png"));

      // edited and removed in the page: the topic has the new version, then a tombstone
      b.findElement(By.cssSelector("#watches tr[data-watch-id='afghanistan-desk'] button")).click();
      WebElement keywords = form.findElement(By.name("keywords"));
      keywords.clear();
      keywords.sendKeys("ceasefire");
      form.findElement(By.id("watch-save")).click();
      await().atMost(Duration.ofSeconds(30)).until(() -> new Watchlist(config, topics.watchlists()).current()
          .get("afghanistan-desk").getKeywords().equals(List.of("ceasefire")));
      await().atMost(Duration.ofSeconds(30)).until(() -> text(b, By.id("watch-message")).startsWith("Saved"));
      WebElement remove = b.findElement(By.cssSelector("#watches tr[data-watch-id='afghanistan-desk'] button.danger"));
      ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", remove);
      remove.click();
      b.switchTo().alert().accept();
      await().atMost(Duration.ofSeconds(30)).until(() -> b.findElements(
          By.cssSelector("#watches tr[data-watch-id='afghanistan-desk']")).isEmpty());
      assertTrue(!new Watchlist(config, topics.watchlists()).current().containsKey("afghanistan-desk"));

      // readable on a phone
      b.manage().window().setSize(new Dimension(390, 844));
      b.get(base + "/#/alerts");
      await().atMost(Duration.ofSeconds(30)).until(() -> !b.findElements(By.cssSelector("#alerts li.alert")).isEmpty());
      Long overflow = (Long) ((JavascriptExecutor) b).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px");
      screenshot(b, shots.resolve("web-phone.png"));
    } finally {
      if (browser != null) {
        browser.quit();
      }
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    String output = Files.readString(log);
    assertEquals(143, process.exitValue(), output);
    assertTrue(output.contains("The desk's live view: http://127.0.0.1:" + webPort + "/"), output);
  }

  static WebDriver chromium() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("mediamon-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static String text(WebDriver browser, By by) {
    return browser.findElement(by).getText();
  }

  private static int status(HttpClient http, String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The whole page (up to 2,400 px high) at the window's width, from its top. */
  private static void screenshot(WebDriver browser, Path to) throws IOException {
    Dimension size = browser.manage().window().getSize();
    Long height = (Long) ((JavascriptExecutor) browser).executeScript(
        "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(2400, Math.max(size.getHeight(),
        height + 120))));
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(size);
  }

}
