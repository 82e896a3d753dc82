-- CreateEnum
CREATE TYPE "FeedbackFound" AS ENUM ('yes', 'partly', 'no');

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "pagePath" VARCHAR(300),
    "lookingFor" TEXT NOT NULL,
    "found" "FeedbackFound" NOT NULL,
    "ease" INTEGER NOT NULL,
    "comments" VARCHAR(1000),
    "contact" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_reference_key" ON "FeedbackResponse"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_submissionKey_key" ON "FeedbackResponse"("submissionKey");

-- CreateIndex
CREATE INDEX "FeedbackResponse_createdAt_idx" ON "FeedbackResponse"("createdAt");

-- CreateIndex
CREATE INDEX "FeedbackResponse_pagePath_createdAt_idx" ON "FeedbackResponse"("pagePath", "createdAt");
