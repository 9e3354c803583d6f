-- Which names each view holds of which data subject (docs/personal-data.md), so that a
-- view can blank a person's names when they are erased. Each view keeps its own rows and
-- clears them when it is rebuilt; an erased subject's row is deleted with the names.

CREATE TABLE personal_name (
	view_name VARCHAR(100) NOT NULL,
	subject_id UUID NOT NULL,
	association_id UUID NOT NULL,
	name VARCHAR(200) NOT NULL,
	CONSTRAINT personal_name_pk PRIMARY KEY (view_name, subject_id)
);
