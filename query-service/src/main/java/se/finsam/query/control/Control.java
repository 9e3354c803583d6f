package se.finsam.query.control;

/**
 * The catalogue of internal controls the system runs continuously from the events
 * (docs/internal-control.md): id, what is checked, where the rule comes from, and how
 * serious a finding is.
 */
public enum Control {

	IK01("Verksamhetsplan och budget är antagna senast 30 november året före.", "lag (2003:1210) 23 §; domain §4",
			Severity.HIGH),
	IK02("Varje händelse som ändrar pengar hänvisar till ett fattat beslut vid ett beslutfört sammanträde med justerat protokoll.",
			"domain §3, §9", Severity.HIGH),
	IK03("Reserverade medel överstiger aldrig budgeten för raden.", "domain §5", Severity.HIGH),
	IK04("Varje ansökan omfattar minst två parter (kommunerna räknas som en).", "lag (2003:1210) 1 §; domain §5",
			Severity.MEDIUM),
	IK05("Ingen som anmält jäv har röstat i ärendet.", "domain §3", Severity.HIGH),
	IK06("Insatsernas rapporter har kommit in i tid.", "domain §7", Severity.MEDIUM),
	IK07("Protokollen justeras inom den tid förbundet bestämt.", "domain §3, förbundsordningen", Severity.MEDIUM),
	IK08("Varje summa i budgeten stämmer med summan av dess rader.", "domain §9", Severity.MEDIUM),
	IK09("Medlemmarnas andelar av bidragen (staten hälften, regionen och kommunerna en fjärdedel var).",
			"lag (2003:1210); domain §1", Severity.LOW),
	IK10("Eget kapital ligger inom förbundets tak och golv.", "domain §9, förbundets ekonomiska mål", Severity.MEDIUM),
	IK11("Administrationens och de individinriktade insatsernas andelar möter förbundets mål.",
			"domain §9, förbundets ekonomiska mål", Severity.LOW),
	IK12("Den som berett ett ärende är inte ensam om att besluta det.", "domain §9 (intern kontroll)", Severity.MEDIUM);

	private final String description;

	private final String source;

	private final Severity severity;

	Control(String description, String source, Severity severity) {
		this.description = description;
		this.source = source;
		this.severity = severity;
	}

	public String description() {
		return this.description;
	}

	public String source() {
		return this.source;
	}

	public Severity severity() {
		return this.severity;
	}

	/** How serious a finding is. */
	public enum Severity {

		HIGH, MEDIUM, LOW

	}

}
