-- The data subjects' keys get a database of their own (docs/personal-data.md): the command
-- side manages it, the query side only reads it. In a real installation give the query side
-- a role with SELECT only.
CREATE DATABASE finsam_keys;
