-- The projections get their own database; the event store is the POSTGRES_DB one.
CREATE DATABASE finsam_projections;
