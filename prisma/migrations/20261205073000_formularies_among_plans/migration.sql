-- What the API serves as InsurancePlan: the directory's plans and the drug list's formularies, so a
-- formulary is searched (and followed from Basic.formulary) like any plan. The directory's own table
-- stays the directory's (its import and export never see a formulary). A formulary whose id a
-- directory plan already uses is left out rather than served twice.
CREATE VIEW "FhirInsurancePlan" AS
SELECT id, "lastUpdated", "contentHash", resource, status, name, "typeCodes", "ownedById", "administeredById", "networkIds"
FROM "InsurancePlan"
UNION ALL
SELECT
  f.id, f."lastUpdated", f."contentHash", f.resource,
  f.resource ->> 'status',
  f.resource ->> 'name',
  ARRAY(SELECT jsonb_path_query(f.resource, '$.type[*].coding[*].code') #>> '{}'),
  NULL,
  NULL,
  '{}'::text[]
FROM "FormularyInsurancePlan" f
WHERE f.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "InsurancePlan" d WHERE d.id = f.id);
