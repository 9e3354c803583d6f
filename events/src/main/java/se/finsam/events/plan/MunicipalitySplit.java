package se.finsam.events.plan;

/** How the municipalities share their part of the contributions. */
public enum MunicipalitySplit {

	/** In equal parts. */
	EQUAL,
	/** By each municipality's population aged 16–64 on 1 June the year before. */
	POPULATION

}
