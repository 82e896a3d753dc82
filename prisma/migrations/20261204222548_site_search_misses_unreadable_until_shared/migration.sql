-- Misses kept so far were stored as typed, which the new rule forbids, and whether their words are
-- the site's own cannot be decided in SQL: they are dropped, and counting starts again under the rule.
DELETE FROM "SiteSearchMiss";

-- AlterTable
ALTER TABLE "SiteSearchMiss" DROP CONSTRAINT "SiteSearchMiss_pkey",
ADD COLUMN     "queryHash" CHAR(64) NOT NULL,
ADD COLUMN     "visitors" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "query" DROP NOT NULL,
ADD CONSTRAINT "SiteSearchMiss_pkey" PRIMARY KEY ("locale", "queryHash");

-- CreateTable
CREATE TABLE "SiteSearchMissVisitor" (
    "locale" TEXT NOT NULL,
    "queryHash" CHAR(64) NOT NULL,
    "visitorHash" CHAR(64) NOT NULL,

    CONSTRAINT "SiteSearchMissVisitor_pkey" PRIMARY KEY ("locale","queryHash","visitorHash")
);

-- CreateIndex
CREATE INDEX "SiteSearchMiss_lastSeenAt_idx" ON "SiteSearchMiss"("lastSeenAt");

-- AddForeignKey
ALTER TABLE "SiteSearchMissVisitor" ADD CONSTRAINT "SiteSearchMissVisitor_locale_queryHash_fkey" FOREIGN KEY ("locale", "queryHash") REFERENCES "SiteSearchMiss"("locale", "queryHash") ON DELETE CASCADE ON UPDATE CASCADE;
