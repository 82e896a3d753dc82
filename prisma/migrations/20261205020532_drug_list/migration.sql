-- CreateTable
CREATE TABLE "FormularyEntry" (
    "id" TEXT NOT NULL,
    "drugId" TEXT NOT NULL,
    "rxnormCode" TEXT NOT NULL,
    "genericName" TEXT NOT NULL,
    "brandNames" TEXT[],
    "otherNames" TEXT[],
    "productName" TEXT NOT NULL,
    "doseForm" TEXT NOT NULL,
    "covered" BOOLEAN NOT NULL,
    "payer" TEXT NOT NULL,
    "genericAvailable" BOOLEAN NOT NULL,
    "priorAuthorization" BOOLEAN NOT NULL,
    "stepTherapy" BOOLEAN NOT NULL,
    "quantityLimit" TEXT,
    "specialtyPharmacy" BOOLEAN NOT NULL,
    "searchNames" TEXT NOT NULL,
    "drug" JSONB NOT NULL,
    "item" JSONB NOT NULL,

    CONSTRAINT "FormularyEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormularyList" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "importedAt" TIMESTAMPTZ(3) NOT NULL,
    "isSample" BOOLEAN NOT NULL,
    "entries" INTEGER NOT NULL,
    "formularies" JSONB NOT NULL,

    CONSTRAINT "FormularyList_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormularyEntry_genericName_idx" ON "FormularyEntry"("genericName");

-- CreateIndex
CREATE INDEX "FormularyEntry_searchNames_idx" ON "FormularyEntry" USING GIN ("searchNames" gin_trgm_ops);
