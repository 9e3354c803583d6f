package se.finsam.command.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;

/**
 * The JSON body of a year's indicator results, checked for form only (400); numbers and
 * shares are the survey's to judge (422).
 */
final class IndicatorRequests {

	private IndicatorRequests() {
	}

	/** For the association as a whole when {@code interventionId} is left out. */
	record Results(UUID interventionId,
			@NotNull(message = "Ange resultaten per indikator.") List<@NotNull @Valid Result> results) {

		RecordIndicatorResults toCommand(AssociationId associationId, int year) {
			return new RecordIndicatorResults(associationId, year,
					(this.interventionId != null) ? new InterventionId(this.interventionId) : null,
					this.results.stream().map(Result::toResult).toList());
		}

	}

	record Result(@NotNull(message = "Ange indikatorns nummer, 1–15.") Integer indicator,
			@NotNull(message = "Ange resultatet för kvinnor.") @Valid Gender women,
			@NotNull(message = "Ange resultatet för män.") @Valid Gender men) {

		IndicatorResult toResult() {
			return new IndicatorResult(this.indicator, this.women.toResult(), this.men.toResult());
		}

	}

	/** Respondents of one legal gender and the share of them agreeing, in per cent. */
	record Gender(@NotNull(message = "Ange antalet svarande.") Integer respondents, BigDecimal shareAgreeing) {

		GenderResult toResult() {
			return new GenderResult(this.respondents, this.shareAgreeing);
		}

	}

}
