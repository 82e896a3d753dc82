-- AlterTable
ALTER TABLE "PractitionerRole" ADD COLUMN     "locationCities" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "specialtyTokens" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "PractitionerRole_specialtyTokens_idx" ON "PractitionerRole" USING GIN ("specialtyTokens");

-- Fill both for roles imported before this migration, exactly as the importer now writes them
-- (mapPractitionerRole): tokens from the stored resource, cities from the role's locations.
UPDATE "PractitionerRole" r SET
  "specialtyTokens" = coalesce((
    SELECT array_agg(DISTINCT token)
    FROM jsonb_path_query(r.resource, 'lax $.specialty[*].coding[*] ? (@.code.type() == "string" && @.code != "")') AS coding,
      LATERAL (VALUES
        (coding ->> 'code'),
        (CASE WHEN NOT coding ? 'system' THEN chr(31) || (coding ->> 'code')
              WHEN coding ->> 'system' <> '' THEN (coding ->> 'system') || chr(31) || (coding ->> 'code') END)
      ) AS tokens(token)
    WHERE token IS NOT NULL), ARRAY[]::TEXT[]),
  "locationCities" = coalesce((
    SELECT array_agg(DISTINCT l."searchCity")
    FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId"
    WHERE rl."roleId" = r.id AND l."searchCity" IS NOT NULL), ARRAY[]::TEXT[]);
