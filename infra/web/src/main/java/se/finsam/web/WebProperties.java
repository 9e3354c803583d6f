package se.finsam.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the APIs are ({@code finsam.web.*}) and how long a page waits for the read side
 * to show a change just made.
 *
 * @param commandUrl the command side, e.g. {@code http://command-service:8081}
 * @param queryUrl the query side, e.g. {@code http://query-service:8082}
 * @param readYourWrites the longest a page waits for its own change to be visible
 */
@ConfigurationProperties("finsam.web")
public record WebProperties(String commandUrl, String queryUrl, Duration readYourWrites) {

	public WebProperties {
		if (readYourWrites == null) {
			readYourWrites = Duration.ofSeconds(5);
		}
	}

}
