-- The drug list through the public FHIR API (lib/fhir): the Da Vinci US Drug Formulary's FormularyDrug
-- (MedicationKnowledge) and FormularyItem (Basic) read from FormularyEntry, in the shape every FHIR
-- table has (id, "lastUpdated", "contentHash", resource), so the API's searches, paging, reads and
-- ETags work on them unchanged. Written by hand: Prisma's diff ignores views, so they are not drift.
-- lastUpdated is the resource's own meta.lastUpdated when it is a FHIR instant, else the import's time.

CREATE VIEW "MedicationKnowledge" AS
SELECT DISTINCT ON (e."drugId")
  e."drugId" AS id,
  coalesce(
    CASE WHEN e.drug #>> '{meta,lastUpdated}' ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$'
      THEN (e.drug #>> '{meta,lastUpdated}')::timestamptz END,
    l."importedAt"
  ) AS "lastUpdated",
  md5(e.drug::text) AS "contentHash",
  e.drug AS resource
FROM "FormularyEntry" e
LEFT JOIN "FormularyList" l ON l.id = 1
ORDER BY e."drugId", e.id;

CREATE VIEW "Basic" AS
SELECT
  e.id,
  coalesce(
    CASE WHEN e.item #>> '{meta,lastUpdated}' ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$'
      THEN (e.item #>> '{meta,lastUpdated}')::timestamptz END,
    l."importedAt"
  ) AS "lastUpdated",
  md5(e.item::text) AS "contentHash",
  e.item AS resource
FROM "FormularyEntry" e
LEFT JOIN "FormularyList" l ON l.id = 1;

-- The formularies themselves (InsurancePlan, usdf-Formulary), kept whole by the import: read by id
-- when the directory's own InsurancePlan table does not hold the id.
CREATE VIEW "FormularyInsurancePlan" AS
SELECT
  plan ->> 'id' AS id,
  coalesce(
    CASE WHEN plan #>> '{meta,lastUpdated}' ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$'
      THEN (plan #>> '{meta,lastUpdated}')::timestamptz END,
    l."importedAt"
  ) AS "lastUpdated",
  md5(plan::text) AS "contentHash",
  plan AS resource
FROM "FormularyList" l, jsonb_array_elements(CASE WHEN jsonb_typeof(l.formularies) = 'array' THEN l.formularies ELSE '[]'::jsonb END) AS plan
WHERE l.id = 1;
