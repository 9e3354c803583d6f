package se.finsam.events.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.InterventionId;
import se.finsam.events.association.AssociationSamples;
import se.finsam.events.indicator.IndicatorResult.GenderResult;

/** One sample of every indicator event, for the snapshot test. */
public final class IndicatorSamples {

	private IndicatorSamples() {
	}

	public static Map<String, Object> all() {
		return Map.of("IndicatorResultsRecorded",
				new IndicatorResultsRecorded(AssociationSamples.ID, 2025,
						new InterventionId(UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b")),
						List.of(new IndicatorResult(2, new GenderResult(24, new BigDecimal("83.3")),
								new GenderResult(12, new BigDecimal("75.0"))),
								new IndicatorResult(12, new GenderResult(6, new BigDecimal("100")),
										new GenderResult(0, null)))));
	}

}
