-- CreateTable
CREATE TABLE "ListingSearchRow" (
    "roleId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "firstOffice" BOOLEAN NOT NULL,
    "isPrimaryCare" BOOLEAN NOT NULL,
    "newPatients" "AcceptingPatients",
    "specialtyCodes" TEXT[],
    "languages" TEXT[],
    "interpreterLanguages" TEXT[],
    "gender" TEXT,
    "telehealth" BOOLEAN NOT NULL,
    "accessibilityCodes" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "familyKey" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,

    CONSTRAINT "ListingSearchRow_pkey" PRIMARY KEY ("roleId","locationId")
);

-- CreateIndex
CREATE INDEX "ListingSearchRow_familyKey_searchName_roleId_idx" ON "ListingSearchRow"("familyKey", "searchName", "roleId");

-- CreateIndex
CREATE INDEX "ListingSearchRow_specialtyCodes_idx" ON "ListingSearchRow" USING GIN ("specialtyCodes");

-- CreateIndex
CREATE INDEX "ListingSearchRow_languages_idx" ON "ListingSearchRow" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "ListingSearchRow_searchName_idx" ON "ListingSearchRow" USING GIN ("searchName" gin_trgm_ops);

-- Written by hand (Prisma cannot declare an expression index; its drift check skips them): searches
-- near a place read this index nearest first (ORDER BY ll_to_earth(...) <-> :place) within the box
-- earth_box(:place, :meters) @> ll_to_earth(...).
CREATE INDEX "ListingSearchRow_earth_idx" ON "ListingSearchRow" USING GIST (ll_to_earth("latitude", "longitude"));

-- The rows of listings not about offices, in family-name order: a broad search pages through this.
CREATE INDEX "ListingSearchRow_firstOffice_family_idx" ON "ListingSearchRow" ("familyKey", "searchName", "roleId") WHERE "firstOffice";

-- Fill the table for a directory imported before it existed (lib/directory/search/search-rows.ts
-- rebuilds it the same way after every import).
INSERT INTO "ListingSearchRow" (
  "roleId", "locationId", "firstOffice", "isPrimaryCare", "newPatients", "specialtyCodes", "languages",
  "interpreterLanguages", "gender", "telehealth", "accessibilityCodes", "latitude", "longitude", "familyKey", "searchName")
SELECT r.id, coalesce(office.id, ''),
  row_number() OVER (PARTITION BY r.id ORDER BY office.position NULLS FIRST) = 1,
  r."isPrimaryCare", r."newPatients", r."specialtyCodes", p.languages,
  r."interpreterLanguages", p.gender, r.telehealth, coalesce(office."accessibilityCodes", '{}'),
  office.latitude, office.longitude, lower(coalesce(p."familyName", p.name)), p."searchName"
FROM "PractitionerRole" r
JOIN "Practitioner" p ON p.id = r."practitionerId" AND p.active
LEFT JOIN LATERAL (
  SELECT l.id, rl.position, l."accessibilityCodes", l.latitude, l.longitude
  FROM "PractitionerRoleLocation" rl JOIN "Location" l ON l.id = rl."locationId" AND l.active
  WHERE rl."roleId" = r.id
) office ON true
WHERE r.active;
