package se.finsam.web.format;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The API's codes in the Swedish users read ({@code ${@lbl.status(...)}} in templates):
 * application states, kinds, presence, votes, the minutes' state.
 */
@Component("lbl")
public class Labels {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("SUBMITTED", "Inlämnad"),
			Map.entry("REGISTERED", "Diarieförd"), Map.entry("ASSESSED", "Bedömd av beredningsgruppen"),
			Map.entry("PROPOSED", "Förslag till beslut"), Map.entry("ON_AGENDA", "På dagordningen"),
			Map.entry("DEFERRED", "Bordlagd"), Map.entry("WITHDRAWN", "Återkallad"), Map.entry("APPROVED", "Beviljad"),
			Map.entry("REJECTED", "Avslagen"), Map.entry("INDIVIDUAL", "Individinriktad"),
			Map.entry("STRUCTURAL", "Strukturinriktad"), Map.entry("PRESENT", "Närvarande"),
			Map.entry("REMOTE", "Deltar på distans"), Map.entry("ABSENT", "Frånvarande"), Map.entry("YES", "Ja"),
			Map.entry("NO", "Nej"), Map.entry("ABSTAIN", "Avstår"), Map.entry("OPEN", "Ej justerat"),
			Map.entry("SIGNED", "Delvis signerat"), Map.entry("ADJUSTED", "Justerat"), Map.entry("CARRIED", "Beslutat"),
			Map.entry("DEFEATED", "Förslaget föll"), Map.entry("GRANT", "Ansökan om fria medel"),
			Map.entry("OTHER", "Övrigt ärende"), Map.entry("APPROVE", "Bevilja"), Map.entry("REJECT", "Avslå"),
			Map.entry("REDUCE", "Bevilja med lägre belopp"), Map.entry("CHAIR", "Ordförande"),
			Map.entry("CHECKER", "Justerare"), Map.entry("DRAFT", "Utkast"), Map.entry("IN_CONSULTATION", "På samråd"),
			Map.entry("ADOPTED", "Antagen"), Map.entry("CLOSED", "Avslutad"), Map.entry("OK", "Inga avvikelser"),
			Map.entry("FINDINGS", "Avvikelser"), Map.entry("STATE_AGENCY", "Statlig myndighet"),
			Map.entry("REGION", "Region"), Map.entry("MUNICIPALITY", "Kommun"),
			Map.entry("CONTRIBUTION", "Bidrag från medlemmarna"),
			Map.entry("EQUITY_DRAWN", "Eget kapital från tidigare år"),
			Map.entry("EXTERNAL_FUNDING", "Extern finansiering"),
			Map.entry("ADMINISTRATION", "Administration och kansli"),
			Map.entry("INDIVIDUAL_INTERVENTIONS", "Individinriktade insatser"),
			Map.entry("STRUCTURAL_INTERVENTIONS", "Strukturinriktade insatser"), Map.entry("FREE_FUNDS", "Fria medel"),
			Map.entry("OTHER_COSTS", "Övriga kostnader"), Map.entry("VOTE", "Omröstning"), Map.entry("new", "Nya"),
			Map.entry("FILED", "Inlämnad"), Map.entry("DUE", "Ska lämnas"), Map.entry("OVERDUE", "Försenad"),
			Map.entry("active", "Aktiva"), Map.entry("ended", "Avslutade"), Map.entry("WORK", "Till arbete"),
			Map.entry("STUDIES", "Till studier"), Map.entry("ACCLAMATION", "Acklamation"));

	/** The Swedish word for a code; the code itself when it has none. */
	public String of(Object code) {
		String text = (code == null) ? "" : code.toString();
		if (code instanceof com.fasterxml.jackson.databind.JsonNode node) {
			text = node.asText();
		}
		return WORDS.getOrDefault(text, text);
	}

}
