package se.finsam.web.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The minutes as a PDF to file and sign: the print template ({@code meeting/minutes-pdf},
 * well-formed XHTML) rendered by the same templates as the pages, then laid out on A4.
 */
@Component
class MinutesPdf {

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	MinutesPdf(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	byte[] render(MeetingState meeting, JsonNode association) {
		Context context = new Context(Locale.forLanguageTag("sv-SE"));
		// Lets the template use the formats and labels ({@code @fmt}, {@code @lbl}).
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		context.setVariable("meeting", meeting);
		context.setVariable("details", association);
		String xhtml = this.templates.process("meeting/minutes-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
