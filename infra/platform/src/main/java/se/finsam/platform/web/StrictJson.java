package se.finsam.platform.web;

import java.util.List;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: an unknown field, a duplicate key, a number for an
 * enum, or anything after the JSON is refused (400), not silently dropped or guessed.
 * Only requests: events and Kafka records keep their own, tolerant reading so that the
 * contract can grow. Text and dates are held to what a person can write and the stores
 * can keep ({@link PlainValues}).
 */
public class StrictJson implements WebMvcConfigurer {

	/** Deeper than any request needs, far below what could exhaust the stack. */
	static final int MAX_NESTING = 64;

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		for (HttpMessageConverter<?> converter : converters) {
			if (converter instanceof MappingJackson2HttpMessageConverter json) {
				json.setObjectMapper(strict(json.getObjectMapper()));
			}
		}
	}

	static ObjectMapper strict(ObjectMapper mapper) {
		ObjectMapper strict = mapper.copy()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
		strict.registerModule(PlainValues.module());
		strict.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING)
				.maxStringLength(1_000_000)
				.maxNumberLength(100)
				.build());
		return strict;
	}

}
