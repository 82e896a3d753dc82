-- AlterTable
ALTER TABLE "ProviderReport" ADD COLUMN     "healthcareServiceId" TEXT,
ALTER COLUMN "practitionerRoleId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "ProviderReport_healthcareServiceId_idx" ON "ProviderReport"("healthcareServiceId");

-- AddForeignKey
ALTER TABLE "ProviderReport" ADD CONSTRAINT "ProviderReport_healthcareServiceId_fkey" FOREIGN KEY ("healthcareServiceId") REFERENCES "HealthcareService"("id") ON DELETE CASCADE ON UPDATE CASCADE;
