package se.finsam.events.intervention;

/** The age bands participants are counted in (the national follow-up's bands, 16–64). */
public enum AgeBand {

	AGE_16_19, AGE_20_24, AGE_25_29, AGE_30_39, AGE_40_49, AGE_50_59, AGE_60_64

}
