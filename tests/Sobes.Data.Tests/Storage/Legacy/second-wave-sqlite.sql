CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "card_flags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_card_flags" PRIMARY KEY AUTOINCREMENT,
    "GeneratorKey" TEXT NOT NULL,
    "ItemId" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "FlaggedAt" TEXT NOT NULL
);

CREATE TABLE "item_edits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_item_edits" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "OtherItemId" INTEGER NULL,
    "ProvenanceId" INTEGER NULL,
    "Fields" TEXT NOT NULL,
    "Editor" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "BeforeJson" TEXT NOT NULL,
    "AfterJson" TEXT NOT NULL
);

CREATE TABLE "items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_items" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "KindRule" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Question" TEXT NULL,
    "Answer" TEXT NULL,
    "Body" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "OptionsJson" TEXT NOT NULL,
    "KeyOption" INTEGER NULL,
    "KeySource" TEXT NULL,
    "Explanation" TEXT NULL,
    "Topics" TEXT NOT NULL,
    "Hashtags" TEXT NOT NULL,
    "LinksJson" TEXT NOT NULL,
    "CodeJson" TEXT NOT NULL,
    "MediaJson" TEXT NOT NULL,
    "Merged" INTEGER NOT NULL,
    "Richness" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "EditedByUser" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "learners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_learners" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "DesiredRetention" REAL NOT NULL,
    "DailyNewLimit" INTEGER NOT NULL,
    "DailyReviewLimit" INTEGER NOT NULL DEFAULT 200,
    "TimeZoneId" TEXT NOT NULL,
    "DayStart" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "meta" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_meta" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

CREATE TABLE "roles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_roles" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_sources" PRIMARY KEY AUTOINCREMENT,
    "Path" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Title" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    "PostCount" INTEGER NOT NULL
);

CREATE TABLE "cards" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cards" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "LearnerId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "GeneratorKey" TEXT NOT NULL,
    "PayloadJson" TEXT NOT NULL,
    "ItemRevision" INTEGER NOT NULL,
    "Topic" TEXT NOT NULL,
    "Suspended" INTEGER NOT NULL,
    "Flagged" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "Step" INTEGER NOT NULL,
    "Due" INTEGER NOT NULL,
    "Stability" REAL NULL,
    "Difficulty" REAL NULL,
    "Reps" INTEGER NOT NULL,
    "Lapses" INTEGER NOT NULL,
    "LastReview" INTEGER NULL,
    "ScheduledDays" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_cards_items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_cards_learners_LearnerId" FOREIGN KEY ("LearnerId") REFERENCES "learners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "case_submissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_case_submissions" PRIMARY KEY AUTOINCREMENT,
    "LearnerId" INTEGER NOT NULL,
    "Case" TEXT NOT NULL,
    "Seed" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Mae" REAL NOT NULL,
    "Rmse" REAL NOT NULL,
    "R2" REAL NOT NULL,
    "Coverage" REAL NULL,
    CONSTRAINT "FK_case_submissions_learners_LearnerId" FOREIGN KEY ("LearnerId") REFERENCES "learners" ("Id") ON DELETE CASCADE
);

CREATE TABLE "users" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_users" PRIMARY KEY AUTOINCREMENT,
    "LearnerId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_users_learners_LearnerId" FOREIGN KEY ("LearnerId") REFERENCES "learners" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "role_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_role_claims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" INTEGER NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_role_claims_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "item_sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_item_sources" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "SourceId" INTEGER NOT NULL,
    "Locator" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    "Date" TEXT NULL,
    "Views" INTEGER NULL,
    "ReactionsJson" TEXT NOT NULL,
    "ForwardedFrom" TEXT NULL,
    "Text" TEXT NOT NULL,
    "TextHash" TEXT NOT NULL,
    "PollJson" TEXT NULL,
    CONSTRAINT "FK_item_sources_items_ItemId" FOREIGN KEY ("ItemId") REFERENCES "items" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_item_sources_sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "sources" ("Id") ON DELETE CASCADE
);

CREATE TABLE "review_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_review_log" PRIMARY KEY AUTOINCREMENT,
    "CardId" INTEGER NOT NULL,
    "LearnerId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "UndoesId" INTEGER NULL,
    "Rating" INTEGER NOT NULL,
    "ReviewedAt" INTEGER NOT NULL,
    "DurationMs" INTEGER NOT NULL,
    "StateBefore" INTEGER NOT NULL,
    "StateAfter" INTEGER NOT NULL,
    "ElapsedDays" INTEGER NOT NULL,
    "ScheduledDays" INTEGER NOT NULL,
    "Stability" REAL NOT NULL,
    "Difficulty" REAL NOT NULL,
    "Retrievability" REAL NULL,
    "AnswerText" TEXT NULL,
    "Correct" INTEGER NULL,
    "Undone" INTEGER NOT NULL,
    "ScheduleBeforeJson" TEXT NOT NULL,
    CONSTRAINT "FK_review_log_cards_CardId" FOREIGN KEY ("CardId") REFERENCES "cards" ("Id") ON DELETE CASCADE
);

CREATE TABLE "api_tokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_api_tokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_api_tokens_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "user_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_user_claims" PRIMARY KEY AUTOINCREMENT,
    "UserId" INTEGER NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_user_claims_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "user_logins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" INTEGER NOT NULL,
    CONSTRAINT "PK_user_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_user_logins_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "user_roles" (
    "UserId" INTEGER NOT NULL,
    "RoleId" INTEGER NOT NULL,
    CONSTRAINT "PK_user_roles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_user_roles_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_user_roles_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);

CREATE TABLE "user_tokens" (
    "UserId" INTEGER NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_user_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_user_tokens_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_api_tokens_Prefix" ON "api_tokens" ("Prefix");

CREATE INDEX "IX_api_tokens_UserId" ON "api_tokens" ("UserId");

CREATE UNIQUE INDEX "IX_card_flags_ItemId_GeneratorKey" ON "card_flags" ("ItemId", "GeneratorKey");

CREATE INDEX "IX_cards_ItemId" ON "cards" ("ItemId");

CREATE UNIQUE INDEX "IX_cards_LearnerId_ItemId_GeneratorKey" ON "cards" ("LearnerId", "ItemId", "GeneratorKey");

CREATE INDEX "IX_cards_LearnerId_State_Due_Id" ON "cards" ("LearnerId", "State", "Due", "Id");

CREATE INDEX "IX_case_submissions_LearnerId_Case_SubmittedAt" ON "case_submissions" ("LearnerId", "Case", "SubmittedAt");

CREATE INDEX "IX_item_edits_ItemId" ON "item_edits" ("ItemId");

CREATE INDEX "IX_item_edits_OtherItemId" ON "item_edits" ("OtherItemId");

CREATE INDEX "IX_item_sources_ItemId" ON "item_sources" ("ItemId");

CREATE INDEX "IX_item_sources_SourceId" ON "item_sources" ("SourceId");

CREATE INDEX "IX_item_sources_TextHash" ON "item_sources" ("TextHash");

CREATE INDEX "IX_items_Kind" ON "items" ("Kind");

CREATE UNIQUE INDEX "IX_learners_Name" ON "learners" ("Name");

CREATE INDEX "IX_review_log_CardId" ON "review_log" ("CardId");

CREATE INDEX "IX_review_log_LearnerId_ReviewedAt" ON "review_log" ("LearnerId", "ReviewedAt");

CREATE INDEX "IX_role_claims_RoleId" ON "role_claims" ("RoleId");

CREATE UNIQUE INDEX "roles_name_index" ON "roles" ("NormalizedName");

CREATE UNIQUE INDEX "IX_sources_ContentHash" ON "sources" ("ContentHash");

CREATE INDEX "IX_sources_Path" ON "sources" ("Path");

CREATE INDEX "IX_user_claims_UserId" ON "user_claims" ("UserId");

CREATE INDEX "IX_user_logins_UserId" ON "user_logins" ("UserId");

CREATE INDEX "IX_user_roles_RoleId" ON "user_roles" ("RoleId");

CREATE UNIQUE INDEX "IX_users_LearnerId" ON "users" ("LearnerId");

CREATE INDEX "users_email_index" ON "users" ("NormalizedEmail");

CREATE UNIQUE INDEX "users_name_index" ON "users" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207011542_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "items" ADD "NeedsAnswer" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "items" ADD "ShapeJson" TEXT NULL;

ALTER TABLE "items" ADD "TitleInferred" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207020227_EditorialFields', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "item_changes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_item_changes" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "Seq" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_item_changes_Seq" ON "item_changes" ("Seq");

CREATE TRIGGER item_changes_on_insert AFTER INSERT ON items BEGIN
    INSERT INTO item_changes ("ItemId", "Seq") SELECT NEW."Id", COALESCE(MAX("Seq"), 0) + 1 FROM item_changes;
END;

CREATE TRIGGER item_changes_on_update AFTER UPDATE ON items BEGIN
    INSERT INTO item_changes ("ItemId", "Seq") SELECT NEW."Id", COALESCE(MAX("Seq"), 0) + 1 FROM item_changes;
END;

CREATE TRIGGER item_changes_on_delete AFTER DELETE ON items BEGIN
    INSERT INTO item_changes ("ItemId", "Seq") SELECT OLD."Id", COALESCE(MAX("Seq"), 0) + 1 FROM item_changes;
END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207031813_ItemChangeLog', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "learners" ADD "EasyDays" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "learners" ADD "FsrsParameters" TEXT NULL;

ALTER TABLE "learners" ADD "LoadBalancing" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "learners" ADD "ParametersFittedAt" TEXT NULL;

ALTER TABLE "learners" ADD "ReviewsAtFit" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207031941_LearnerFsrs', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "cards" ADD "SuspendedAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207034341_LearnerSuspension', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207045522_SharedKeyRing', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "channels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_channels" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Title" TEXT NULL,
    "SourceId" INTEGER NULL,
    "Followed" INTEGER NOT NULL,
    "IntervalMinutes" INTEGER NULL,
    "NewestPost" INTEGER NULL,
    "OldestPost" INTEGER NULL,
    "ReachedBeginning" INTEGER NOT NULL,
    "AddedAt" INTEGER NOT NULL,
    "LastSyncAt" INTEGER NULL,
    "LastSyncOk" INTEGER NULL,
    "LastSyncResult" TEXT NULL,
    CONSTRAINT "FK_channels_sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "sources" ("Id") ON DELETE SET NULL
);

CREATE TABLE "sync_leases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_sync_leases" PRIMARY KEY,
    "Holder" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);

CREATE INDEX "IX_channels_Name" ON "channels" ("Name");

CREATE INDEX "IX_channels_SourceId" ON "channels" ("SourceId");

CREATE UNIQUE INDEX "IX_channels_Url" ON "channels" ("Url");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207051722_ChannelSync', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "sources" ADD "DeletedAt" INTEGER NULL;

ALTER TABLE "items" ADD "DeletedAt" INTEGER NULL;

ALTER TABLE "items" ADD "PostedAt" INTEGER NULL;

ALTER TABLE "items" ADD "ReviewDismissedAt" INTEGER NULL;

ALTER TABLE "item_edits" ADD "SourceId" INTEGER NULL;

CREATE INDEX "IX_items_PostedAt" ON "items" ("PostedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207052511_LibraryOwnership', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "problem_attempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_problem_attempts" PRIMARY KEY AUTOINCREMENT,
    "LearnerId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Seed" INTEGER NOT NULL,
    "Solved" INTEGER NOT NULL,
    "AnsweredAt" INTEGER NOT NULL,
    CONSTRAINT "FK_problem_attempts_learners_LearnerId" FOREIGN KEY ("LearnerId") REFERENCES "learners" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_problem_attempts_LearnerId_Kind" ON "problem_attempts" ("LearnerId", "Kind");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207071058_ProblemAttempts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_items_Live" ON "items" ("Id") WHERE "DeletedAt" IS NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207125314_LiveItemsIndex', '10.0.15');

COMMIT;

