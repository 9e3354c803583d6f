package se.finsam.command.plan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.PlanId;

/** Send the draft to the member organisations for consultation. */
record SendPlanForConsultation(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		LocalDate sentOn) {

}
