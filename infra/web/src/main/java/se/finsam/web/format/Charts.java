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

	private static final int HEIGHT = 180;

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

	/**
	 * Per plan year a column for the closing equity, with the goal's ceiling as a solid
	 * line and its floor as a dashed line across the column, all on one scale from zero
	 * to the largest of them. A year without a figure has no column or line.
	 */
	public String equityColumns(JsonNode years, String labelledBy) {
		BigDecimal largest = BigDecimal.ZERO;
		for (JsonNode year : years) {
			JsonNode equity = year.path("equity");
			largest = largest.max(amount(equity.path("closing")))
				.max(amount(equity.path("ceiling")))
				.max(amount(equity.path("floor")));
		}
		int slot = WIDTH / Math.max(1, years.size());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
			.append(labelledBy.replaceAll("[^a-z0-9-]", ""))
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT + 20)
			.append("\">");
		int index = 0;
		for (JsonNode year : years) {
			JsonNode equity = year.path("equity");
			int left = index * slot;
			if (present(equity.path("closing"))) {
				int height = scaled(equity.path("closing"), largest, HEIGHT);
				svg.append("<rect x=\"")
					.append(left + slot / 4)
					.append("\" y=\"")
					.append(HEIGHT - height)
					.append("\" width=\"")
					.append(slot / 2)
					.append("\" height=\"")
					.append(height)
					.append("\" fill=\"#0b4f9c\"></rect>");
			}
			level(svg, equity.path("ceiling"), largest, left, slot, "#a4161a", null);
			level(svg, equity.path("floor"), largest, left, slot, "#8a5a00", "6 4");
			svg.append("<text x=\"")
				.append(left + slot / 2)
				.append("\" y=\"")
				.append(HEIGHT + 16)
				.append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1b1b1b\">")
				.append(year.path("year").asInt())
				.append("</text>");
			index++;
		}
		return svg.append("</svg>").toString();
	}

	private static void level(StringBuilder svg, JsonNode value, BigDecimal largest, int left, int slot, String colour,
			String dashes) {
		if (!present(value)) {
			return;
		}
		int y = HEIGHT - scaled(value, largest, HEIGHT);
		svg.append("<line x1=\"")
			.append(left + 4)
			.append("\" x2=\"")
			.append(left + slot - 4)
			.append("\" y1=\"")
			.append(y)
			.append("\" y2=\"")
			.append(y)
			.append("\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"3\"");
		if (dashes != null) {
			svg.append(" stroke-dasharray=\"").append(dashes).append("\"");
		}
		svg.append("></line>");
	}

	private static boolean present(JsonNode value) {
		return !value.isMissingNode() && !value.isNull() && !value.asText("").isBlank();
	}

	/** An amount as a share of {@code full} units of the largest; nothing below zero. */
	private static int scaled(JsonNode value, BigDecimal largest, int full) {
		BigDecimal amount = amount(value);
		if (largest.signum() <= 0 || amount.signum() <= 0) {
			return 0;
		}
		return amount.min(largest)
			.multiply(BigDecimal.valueOf(full))
			.divide(largest, 0, RoundingMode.HALF_UP)
			.intValue();
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
		return scaled(value, largest, WIDTH);
	}

	private static BigDecimal amount(JsonNode value) {
		String text = value.asText("");
		return text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
	}

}
