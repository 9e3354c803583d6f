package se.finsam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium (the system's, installed by {@code .ci/run}) driving the web UI at
 * the shared stack's one address. One browser per test class; each user works in a
 * context of their own (their own session cookie). Every page a test looks at is scanned
 * with axe-core: a serious or critical accessibility violation fails the test. Each page
 * is kept as a screenshot under {@code target/screenshots/<class>/}.
 */
final class Browser implements AutoCloseable {

	private static final List<Path> CHROMIUM = List.of(Paths.get("/usr/lib/chromium/chromium"),
			Paths.get("/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final Path screenshots;

	private int shots;

	Browser(Class<?> testClass) {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Path executable = CHROMIUM.stream()
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Chromium is not installed: apt-get install -y chromium"));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--lang=sv-SE")));
		this.screenshots = Paths.get("target", "screenshots", testClass.getSimpleName());
		try {
			Files.createDirectories(this.screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A user logged in on the login form, in a browser context of their own. */
	User login(String username) {
		BrowserContext context = this.chromium
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(SharedStack.get().address())
				.setLocale("sv-SE")
				.setViewportSize(1280, 900));
		context.setDefaultTimeout(30_000);
		Page page = context.newPage();
		User user = new User(username, context, page);
		page.navigate("/logga-in");
		user.check("inloggning");
		page.getByLabel("Användarnamn").fill(username);
		page.getByLabel("Lösenord").fill(username);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logga in"))
			.click();
		page.waitForLoadState();
		return user;
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

	/** One user's browser tab. */
	final class User implements AutoCloseable {

		final String name;

		final BrowserContext context;

		final Page page;

		private User(String name, BrowserContext context, Page page) {
			this.name = name;
			this.context = context;
			this.page = page;
		}

		/** Opens a page and checks it. */
		Page visit(String path, String shot) {
			this.page.navigate(path);
			check(shot);
			return this.page;
		}

		/** Chooses the association to work in, on the page for choosing one. */
		void choose(String association) {
			visit("/forbund", "forbund");
			this.page.locator("form[data-association='" + association + "'] button").click();
			this.page.waitForLoadState();
			check("start");
		}

		/**
		 * The page as it stands: no serious or critical accessibility violations, and a
		 * screenshot kept.
		 */
		void check(String shot) {
			this.page.waitForLoadState();
			AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze();
			List<Rule> severe = results.getViolations()
				.stream()
				.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.toList();
			Path file = Browser.this.screenshots
				.resolve(String.format("%02d-%s-%s.png", ++Browser.this.shots, this.name, shot));
			this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			assertThat(severe)
				.as("accessibility violations on %s (%s): %s", this.page.url(), file, severe.stream()
					.map((rule) -> rule.getId() + " " + rule.getImpact() + ": " + rule.getHelp() + " "
							+ rule.getNodes().stream().map((node) -> node.getHtml()).collect(Collectors.joining(" | ")))
					.collect(Collectors.joining("; ")))
				.isEmpty();
			assertThat(this.page.title()).as("a Swedish page, not an error page, at %s", this.page.url())
				.doesNotContain("Whitelabel");
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
