-- The dead-letter queue writes its four moments as ISO-8601 text (the framework's own schema
-- has VARCHAR there); as TIMESTAMP columns every insert failed, so no event could be parked
-- and a view stopped at the first event it could not store. Only the query side parks events.
ALTER TABLE deadletterentry
	ALTER COLUMN timestamp TYPE VARCHAR(255) USING timestamp::text,
	ALTER COLUMN enqueuedat TYPE VARCHAR(255) USING enqueuedat::text,
	ALTER COLUMN lasttouched TYPE VARCHAR(255) USING lasttouched::text,
	ALTER COLUMN processingstarted TYPE VARCHAR(255) USING processingstarted::text;
