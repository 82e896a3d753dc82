-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('new', 'contacted', 'closed');

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "specialtyCode" VARCHAR(10) NOT NULL,
    "phone" VARCHAR(12) NOT NULL,
    "fax" VARCHAR(12),
    "email" VARCHAR(254) NOT NULL,
    "street" VARCHAR(200) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "state" VARCHAR(2) NOT NULL,
    "zip" VARCHAR(10) NOT NULL,
    "npi" VARCHAR(10) NOT NULL,
    "tin" VARCHAR(11) NOT NULL,
    "medicaidId" VARCHAR(12),
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'new',
    "statusChangedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_reference_key" ON "JoinRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_submissionKey_key" ON "JoinRequest"("submissionKey");

-- CreateIndex
CREATE INDEX "JoinRequest_npi_createdAt_idx" ON "JoinRequest"("npi", "createdAt");

-- CreateIndex
CREATE INDEX "JoinRequest_createdAt_idx" ON "JoinRequest"("createdAt");
