package se.finsam.local;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users type comes back in pages as text, never as markup: an association's name and
 * a meeting's place holding HTML are escaped in the auditor's report.
 */
class OutputEncodingIT {

	@Test
	void typedHtmlIsShownAsTextInThePages() {
		String association = SharedStack.register("<script>alert('förbund')</script>");
		SharedStack.Response meeting = SharedStack.send("POST", "/api/meetings", "kansli",
				Map.of("associationId", association, "date", Cases.TODAY.toString(), "startTime", "13:00", "place",
						"<img src=x onerror=alert(1)>", "chair", "Anna Andersson", "firstItemNumber", 1));
		assertThat(meeting.status()).as("%s", meeting).isEqualTo(201);
		String page = "/api/associations/" + association + "/auditor-report/" + Cases.YEAR + ".html";

		SharedStack.awaitView(association, 0, Duration.ofSeconds(60));
		String[] html = new String[1];
		SharedStack.await("the meeting in the auditor's report", Duration.ofSeconds(60), () -> {
			html[0] = SharedStack.text(page, "revisor");
			return html[0].contains("onerror");
		});
		assertThat(html[0]).doesNotContain("<script>")
			.doesNotContain("<img")
			.contains("&lt;script&gt;alert('förbund')&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

}
