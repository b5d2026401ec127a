-- Version 7: webhooks. Endpoints admins register (signing secrets stored protected), one delivery per
-- event and endpoint with its attempts, and the key ring that protects the secrets, shared by every node.
CREATE TABLE "Webhooks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Webhooks" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "Description" TEXT NULL,
    "EventTypes" TEXT NOT NULL,
    "ProtectedSecret" TEXT NOT NULL,
    "PreviousProtectedSecret" TEXT NULL,
    "PreviousSecretExpiresAt" TEXT NULL,
    "SecretRotatedAt" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedById" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "QueuedTransactionId" INTEGER NOT NULL,
    "QueuedEventId" INTEGER NOT NULL,
    CONSTRAINT "FK_Webhooks_Members_CreatedById" FOREIGN KEY ("CreatedById") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Webhooks_CreatedById" ON "Webhooks" ("CreatedById");

CREATE TABLE "WebhookDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY AUTOINCREMENT,
    "WebhookId" INTEGER NOT NULL,
    "OutboxEventId" INTEGER NOT NULL,
    "EventType" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "AttemptCount" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "RedeliveredAt" TEXT NULL,
    CONSTRAINT "FK_WebhookDeliveries_Webhooks_WebhookId" FOREIGN KEY ("WebhookId") REFERENCES "Webhooks" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_WebhookDeliveries_WebhookId_OutboxEventId" ON "WebhookDeliveries" ("WebhookId", "OutboxEventId");
CREATE INDEX "IX_WebhookDeliveries_NextAttemptAt" ON "WebhookDeliveries" ("NextAttemptAt");

CREATE TABLE "WebhookDeliveryAttempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDeliveryAttempts" PRIMARY KEY AUTOINCREMENT,
    "DeliveryId" INTEGER NOT NULL,
    "AttemptedAt" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "ResponseBody" TEXT NULL,
    "Error" TEXT NULL,
    "DurationMilliseconds" INTEGER NOT NULL,
    CONSTRAINT "FK_WebhookDeliveryAttempts_WebhookDeliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "WebhookDeliveries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WebhookDeliveryAttempts_DeliveryId" ON "WebhookDeliveryAttempts" ("DeliveryId");

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);
