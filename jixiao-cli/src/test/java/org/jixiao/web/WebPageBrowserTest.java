package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page in a real browser: Debian's headless Chromium, driven through chromedriver, loads the page, uploads
 * sample workbooks through the file input as a person would choose them, waits for the results and reads them
 * from the DOM. Screenshots go to target/; with {@code -Dweb.screenshot.update=true} the many-workbook one is
 * also copied to docs/web-page.png for the README. Skipped, with the reason, only where no Chromium or
 * chromedriver is installed (.ci/install-browser.sh installs them).
 */
class WebPageBrowserTest {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;

    private static WebServer server;
    private static ChromeDriver browser;

    /** Held, so the level set on it stays: Selenium warns that it has no DevTools module for this Chromium. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        Optional<String> binary = BROWSERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Optional<String> driver = DRIVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Assumptions.assumeTrue(binary.isPresent() && driver.isPresent(), "没有安装 Chromium 与 chromedriver，跳过网页测试"
                + "（bash .ci/install-browser.sh 可安装） / no chromium and chromedriver installed; skipping the browser test");
        Path temp = Files.createDirectories(tmp.resolve("server"));
        server = WebServer.start(WebOptions.DEFAULTS.withPort(0).withTempParent(temp));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.get());
        // the closed network refuses Chromium's background connections: it is told not to make them
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")), "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            assertThat(server.temporaryFolder()).doesNotExist();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(server.uri().toString());
        waitFor("the rule sets from /api/info", () -> browser.findElements(By.cssSelector("#rules option")).size() > 2);
    }

    @Test
    void twoWorkbooksShowTheFoundingCaseAt9244优() throws IOException {
        choose(SampleWorkbooks.HUALONG, SampleWorkbooks.CLEAN);
        assertThat(text("queue-count")).startsWith("已选 2 个文件");
        browser.findElement(By.id("start")).click();
        WebElement row = waitForRow(SampleWorkbooks.HUALONG);
        assertThat(row.findElement(By.cssSelector("td.total")).getText()).isEqualTo("92.44");
        assertThat(row.findElement(By.cssSelector(".grade")).getText()).isEqualTo("优");
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#chart-grades svg rect"))).hasSize(4);
        assertThat(text("downloads")).contains("汇总.xlsx", "填好的副本.zip");
        screenshot("web-page-768.png");
    }

    @Test
    void everySampleWithChartsRankingAndTheUnreadableFile() throws IOException {
        List<String> samples;
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            samples = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        choose(samples.toArray(String[]::new));
        browser.findElement(By.id("start")).click();
        waitForRow(SampleWorkbooks.HUALONG);
        String failures = text("failures");
        assertThat(failures).contains(SampleWorkbooks.MALFORMED, "TRUNCATED");
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr")).size()).isGreaterThanOrEqualTo(6);
        assertThat(text("losses")).isNotBlank();
        // the founding case opened: its findings, subtotals and robustness line
        waitForRow(SampleWorkbooks.HUALONG).click();
        waitFor("the detail", () -> text("detail").contains("等级稳健性"));
        assertThat(text("detail")).contains("92.44", "预算执行", "8.27");
        // the README shows a workbook with findings: submitted scores that the figures do not bear out
        waitForRow(SampleWorkbooks.LENIENT).click();
        waitFor("the lenient sample's detail", () -> text("detail").contains("89.68"));
        browser.manage().window().setSize(new Dimension(1366, 1650));
        Path shot = screenshot("web-page.png");
        browser.manage().window().setSize(new Dimension(1366, 3200));
        screenshot("web-page-full.png");
        if (Boolean.getBoolean("web.screenshot.update")) {
            Path docs = Files.createDirectories(org.jixiao.Samples.ROOT.resolve("docs"));
            Files.copy(shot, docs.resolve("web-page.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theSampleFolderChosenWhole() {
        browser.findElement(By.id("folder")).sendKeys(Samples.DIR.toAbsolutePath().toString());
        waitFor("the folder's files listed", () -> browser.findElements(By.cssSelector("#queue-list li")).size() >= 7);
        assertThat(text("queue-list")).contains(SampleWorkbooks.HUALONG).doesNotContain("sample-workbooks/");
        browser.findElement(By.id("start")).click();
        WebElement row = waitForRow(SampleWorkbooks.HUALONG);
        assertThat(row.findElement(By.cssSelector("td.total")).getText()).isEqualTo("92.44");
    }

    @Test
    void anUploadedRuleSetsErrorsAreATableWithFileLineAndColumn() throws IOException {
        Path rules = Files.writeString(tmp.resolve("指标规则.csv"),
                "编码,一级指标,二级指标,三级指标,分值,规则类型,参数\n,产出指标,*,*,abc,比例,\n");
        browser.findElement(By.cssSelector("#rules option[value=uploaded]")).click();
        choose(SampleWorkbooks.HUALONG);
        browser.findElement(By.id("rules-file")).sendKeys(rules.toAbsolutePath().toString());
        waitFor("the rule set's errors", () -> browser.findElement(By.id("rules-errors")).isDisplayed());
        List<WebElement> cells = browser.findElements(By.cssSelector("#rules-errors tbody tr:first-child td"));
        assertThat(cells.get(0).getText()).isEqualTo("指标规则.csv");
        assertThat(browser.findElements(By.cssSelector("#rules-errors tbody td")).stream().map(WebElement::getText))
                .contains("2", "分值");
        assertThat(text("rules-status")).contains("错误");
        // scoring waits for a valid set
        assertThat(browser.findElement(By.id("start")).isEnabled()).isFalse();
    }

    @Test
    void oneWorkbookShowsItsFindingsAtTheirCells() throws IOException {
        choose(SampleWorkbooks.LENIENT);
        browser.findElement(By.id("start")).click();
        waitFor("the one-workbook view", () -> text("detail").contains("等级稳健性"));
        String detail = text("detail");
        // submitted 98 against 89.68 recomputed: the total's cell names both
        assertThat(detail).contains("89.68", "良", "填报总分");
        List<WebElement> findings = browser.findElements(By.cssSelector(".findings tbody tr"));
        assertThat(findings).isNotEmpty();
        assertThat(findings.stream().map(r -> r.findElement(By.cssSelector("td.cell")).getText()))
                .anyMatch(cell -> cell.matches(".+![A-Z]+\\d+"));
        assertThat(browser.findElement(By.id("ranking-card")).isDisplayed()).isFalse();
        assertThat(text("detail-downloads")).contains("下载填好的副本");
        screenshot("web-page-one.png");
    }

    private static void choose(String... samples) {
        String paths = Stream.of(samples).map(s -> Samples.DIR.resolve(s).toAbsolutePath().toString())
                .collect(Collectors.joining("\n"));
        browser.findElement(By.id("files")).sendKeys(paths);
        waitFor("the chosen files listed", () -> browser.findElements(By.cssSelector("#queue-list li")).size()
                == samples.length);
    }

    private static WebElement waitForRow(String file) {
        waitFor("the ranking row of " + file, () -> browser.findElements(By.cssSelector("#ranking tbody tr")).stream()
                .anyMatch(r -> r.getText().contains(file)));
        return browser.findElements(By.cssSelector("#ranking tbody tr")).stream()
                .filter(r -> r.getText().contains(file)).findFirst().orElseThrow();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Polls every 100 ms for at most a minute; the page's own error message is the failure's message. */
    private static void waitFor(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; page says: "
                + browser.findElement(By.id("message")).getText() + " / " + text("progress-text"));
    }

    /** A screenshot from the top of the page, once the page's smooth scrolling has come to rest. */
    private static Path screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path target = Files.createDirectories(Path.of("target")).resolve(name);
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        return target;
    }
}
