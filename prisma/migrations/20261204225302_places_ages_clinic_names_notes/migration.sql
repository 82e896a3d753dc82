-- AlterTable
ALTER TABLE "HealthcareService" ADD COLUMN     "ages" TEXT,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ListingSearchRow" ADD COLUMN     "ages" TEXT NOT NULL DEFAULT 'both',
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'practitioner',
ADD COLUMN     "organizationSearchName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "serviceCategories" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "notes" JSONB;

-- CreateIndex
CREATE INDEX "ListingSearchRow_organizationSearchName_idx" ON "ListingSearchRow" USING GIN ("organizationSearchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ListingSearchRow_serviceCategories_idx" ON "ListingSearchRow" USING GIN ("serviceCategories");
