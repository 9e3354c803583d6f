package se.finsam.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Charts drawn on the server as SVG: numbers only, so the markup is built here and the
 * controller hands it to the page; the page puts the table of the same numbers beside
 * each chart and names the chart with a text alternative.
 */
@Component("charts")
public class Charts {

	private static final int WIDTH = 360;

	private static final int ROW = 36;

	/**
	 * Per budget line three bars, budget, reserved and spent, each as a share of the
	 * largest budget line of the year.
	 */
	public String budgetBars(JsonNode lines, String labelledBy) {
		BigDecimal largest = BigDecimal.ZERO;
		for (JsonNode line : lines) {
			largest = largest.max(amount(line.path("years").path(0).path("budget")));
		}
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
			.append(labelledBy.replaceAll("[^a-z0-9-]", ""))
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(lines.size() * ROW + 10)
			.append("\">");
		int row = 0;
		for (JsonNode line : lines) {
			JsonNode year = line.path("years").path(0);
			bar(svg, row * ROW + 2, length(year.path("budget"), largest), "#0b4f9c");
			bar(svg, row * ROW + 13, length(year.path("reserved"), largest), "#8a5a00");
			bar(svg, row * ROW + 24, length(year.path("spent"), largest), "#1e6b34");
			row++;
		}
		return svg.append("</svg>").toString();
	}

	private static void bar(StringBuilder svg, int y, int width, String colour) {
		svg.append("<rect x=\"0\" y=\"")
			.append(y)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"10\" fill=\"")
			.append(colour)
			.append("\"></rect>");
	}

	private static int length(JsonNode value, BigDecimal largest) {
		BigDecimal amount = amount(value);
		if (largest.signum() <= 0 || amount.signum() <= 0) {
			return 0;
		}
		return amount.min(largest)
			.multiply(BigDecimal.valueOf(WIDTH))
			.divide(largest, 0, RoundingMode.HALF_UP)
			.intValue();
	}

	private static BigDecimal amount(JsonNode value) {
		String text = value.asText("");
		return text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
	}

}
