-- Written by hand (Prisma 7 no longer declares extensions in the schema): pg_trgm gives the
-- typo-tolerant name search its GIN trigram indexes; cube + earthdistance give miles between points.
-- All three are trusted extensions, so a database owner without superuser can create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- CreateEnum
CREATE TYPE "AcceptingPatients" AS ENUM ('newpt', 'nopt', 'existptonly', 'existptfam');

-- CreateEnum
CREATE TYPE "ListingProblem" AS ENUM ('wrong-phone', 'wrong-address', 'not-accepting', 'wrong-language', 'left-practice', 'other');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "name" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "isNetwork" BOOLEAN NOT NULL DEFAULT false,
    "typeCodes" TEXT[],
    "npi" TEXT,
    "partOfId" TEXT,
    "phone" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "name" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "managingOrganizationId" TEXT,
    "addressLines" TEXT[],
    "city" TEXT,
    "searchCity" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "phone" TEXT,
    "hours" JSONB,
    "accessibilityCodes" TEXT[],
    "publicTransit" TEXT,
    "newPatients" "AcceptingPatients",
    "interpreterLanguages" TEXT[],

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practitioner" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "name" TEXT NOT NULL,
    "familyName" TEXT,
    "givenNames" TEXT[],
    "credentials" TEXT,
    "searchName" TEXT NOT NULL,
    "npi" TEXT,
    "gender" TEXT,
    "languages" TEXT[],

    CONSTRAINT "Practitioner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PractitionerRole" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "practitionerId" TEXT,
    "organizationId" TEXT,
    "roleCodes" TEXT[],
    "specialtyCodes" TEXT[],
    "isPrimaryCare" BOOLEAN NOT NULL DEFAULT false,
    "newPatients" "AcceptingPatients",
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "inPerson" BOOLEAN NOT NULL DEFAULT true,
    "verifiedAt" DATE NOT NULL,
    "interpreterLanguages" TEXT[],
    "healthcareServiceIds" TEXT[],
    "phone" TEXT,

    CONSTRAINT "PractitionerRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PractitionerRoleLocation" (
    "roleId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PractitionerRoleLocation_pkey" PRIMARY KEY ("roleId","locationId")
);

-- CreateTable
CREATE TABLE "PractitionerRoleNetwork" (
    "roleId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,

    CONSTRAINT "PractitionerRoleNetwork_pkey" PRIMARY KEY ("roleId","networkId")
);

-- CreateTable
CREATE TABLE "HealthcareService" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "name" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "providedById" TEXT,
    "categoryCodes" TEXT[],
    "specialtyCodes" TEXT[],
    "locationIds" TEXT[],
    "newPatients" "AcceptingPatients",
    "telehealth" BOOLEAN NOT NULL DEFAULT false,
    "inPerson" BOOLEAN NOT NULL DEFAULT true,
    "phone" TEXT,

    CONSTRAINT "HealthcareService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAffiliation" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "organizationId" TEXT,
    "participatingOrganizationId" TEXT,
    "roleCodes" TEXT[],
    "specialtyCodes" TEXT[],
    "networkIds" TEXT[],
    "locationIds" TEXT[],
    "healthcareServiceIds" TEXT[],

    CONSTRAINT "OrganizationAffiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsurancePlan" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "status" TEXT,
    "name" TEXT,
    "typeCodes" TEXT[],
    "ownedById" TEXT,
    "administeredById" TEXT,
    "networkIds" TEXT[],

    CONSTRAINT "InsurancePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Endpoint" (
    "id" TEXT NOT NULL,
    "lastUpdated" TIMESTAMPTZ(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "resource" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "name" TEXT,
    "connectionType" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "managingOrganizationId" TEXT,

    CONSTRAINT "Endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderReport" (
    "id" TEXT NOT NULL,
    "practitionerRoleId" TEXT NOT NULL,
    "problem" "ListingProblem" NOT NULL,
    "details" VARCHAR(1000),
    "contact" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProviderReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organization_searchName_idx" ON "Organization" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_isNetwork_idx" ON "Organization"("isNetwork");

-- CreateIndex
CREATE INDEX "Organization_npi_idx" ON "Organization"("npi");

-- CreateIndex
CREATE INDEX "Location_searchCity_idx" ON "Location"("searchCity");

-- CreateIndex
CREATE INDEX "Location_postalCode_idx" ON "Location"("postalCode");

-- CreateIndex
CREATE INDEX "Location_managingOrganizationId_idx" ON "Location"("managingOrganizationId");

-- CreateIndex
CREATE INDEX "Location_accessibilityCodes_idx" ON "Location" USING GIN ("accessibilityCodes");

-- CreateIndex
CREATE INDEX "Location_interpreterLanguages_idx" ON "Location" USING GIN ("interpreterLanguages");

-- CreateIndex
CREATE INDEX "Practitioner_searchName_idx" ON "Practitioner" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Practitioner_languages_idx" ON "Practitioner" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "Practitioner_npi_idx" ON "Practitioner"("npi");

-- CreateIndex
CREATE INDEX "Practitioner_gender_idx" ON "Practitioner"("gender");

-- CreateIndex
CREATE INDEX "PractitionerRole_practitionerId_idx" ON "PractitionerRole"("practitionerId");

-- CreateIndex
CREATE INDEX "PractitionerRole_organizationId_idx" ON "PractitionerRole"("organizationId");

-- CreateIndex
CREATE INDEX "PractitionerRole_specialtyCodes_idx" ON "PractitionerRole" USING GIN ("specialtyCodes");

-- CreateIndex
CREATE INDEX "PractitionerRole_interpreterLanguages_idx" ON "PractitionerRole" USING GIN ("interpreterLanguages");

-- CreateIndex
CREATE INDEX "PractitionerRole_newPatients_idx" ON "PractitionerRole"("newPatients");

-- CreateIndex
CREATE INDEX "PractitionerRole_isPrimaryCare_idx" ON "PractitionerRole"("isPrimaryCare");

-- CreateIndex
CREATE INDEX "PractitionerRoleLocation_locationId_idx" ON "PractitionerRoleLocation"("locationId");

-- CreateIndex
CREATE INDEX "PractitionerRoleNetwork_networkId_idx" ON "PractitionerRoleNetwork"("networkId");

-- CreateIndex
CREATE INDEX "HealthcareService_providedById_idx" ON "HealthcareService"("providedById");

-- CreateIndex
CREATE INDEX "HealthcareService_specialtyCodes_idx" ON "HealthcareService" USING GIN ("specialtyCodes");

-- CreateIndex
CREATE INDEX "HealthcareService_locationIds_idx" ON "HealthcareService" USING GIN ("locationIds");

-- CreateIndex
CREATE INDEX "OrganizationAffiliation_participatingOrganizationId_idx" ON "OrganizationAffiliation"("participatingOrganizationId");

-- CreateIndex
CREATE INDEX "OrganizationAffiliation_networkIds_idx" ON "OrganizationAffiliation" USING GIN ("networkIds");

-- CreateIndex
CREATE INDEX "InsurancePlan_networkIds_idx" ON "InsurancePlan" USING GIN ("networkIds");

-- CreateIndex
CREATE INDEX "Endpoint_managingOrganizationId_idx" ON "Endpoint"("managingOrganizationId");

-- CreateIndex
CREATE INDEX "ProviderReport_resolvedAt_createdAt_idx" ON "ProviderReport"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "ProviderReport_practitionerRoleId_idx" ON "ProviderReport"("practitionerRoleId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_managingOrganizationId_fkey" FOREIGN KEY ("managingOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRole" ADD CONSTRAINT "PractitionerRole_practitionerId_fkey" FOREIGN KEY ("practitionerId") REFERENCES "Practitioner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRole" ADD CONSTRAINT "PractitionerRole_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRoleLocation" ADD CONSTRAINT "PractitionerRoleLocation_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "PractitionerRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRoleLocation" ADD CONSTRAINT "PractitionerRoleLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRoleNetwork" ADD CONSTRAINT "PractitionerRoleNetwork_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "PractitionerRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PractitionerRoleNetwork" ADD CONSTRAINT "PractitionerRoleNetwork_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthcareService" ADD CONSTRAINT "HealthcareService_providedById_fkey" FOREIGN KEY ("providedById") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endpoint" ADD CONSTRAINT "Endpoint_managingOrganizationId_fkey" FOREIGN KEY ("managingOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderReport" ADD CONSTRAINT "ProviderReport_practitionerRoleId_fkey" FOREIGN KEY ("practitionerRoleId") REFERENCES "PractitionerRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: "within N miles" searches filter with
--   earth_box(ll_to_earth(:lat, :lon), :meters) @> ll_to_earth("latitude", "longitude")
-- which this index serves. Prisma cannot declare an expression index; its schema reader skips
-- expression indexes, so the drift check (lib/db/migrate.ts) does not report this one.
CREATE INDEX "Location_earth_idx" ON "Location" USING GIST (ll_to_earth("latitude", "longitude"));
