package se.finsam.events.intervention;

/** Juridiskt kön, as the national follow-up counts participants. */
public enum LegalGender {

	WOMAN, MAN

}
